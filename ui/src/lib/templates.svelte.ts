// Objectives the person saved to reuse. They hold no secrets, so the
// webview's own storage is the right place for them.
const STORAGE_KEY = 'agentphone.objective-templates';
const MAX_TEMPLATES = 20;

function load(): string[] {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter((item) => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

class Templates {
  items = $state<string[]>(load());

  save(objective: string): void {
    const text = objective.trim();
    if (!text) return;
    this.items = [text, ...this.items.filter((item) => item !== text)].slice(0, MAX_TEMPLATES);
    this.persist();
  }

  remove(objective: string): void {
    this.items = this.items.filter((item) => item !== objective);
    this.persist();
  }

  private persist(): void {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(this.items));
  }
}

export const templates = new Templates();
