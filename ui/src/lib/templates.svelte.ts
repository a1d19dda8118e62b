// Objectives the person saved to reuse, kept in the app's preferences (with
// the data folder), so a reset of the window's storage does not lose them.
import { attempt } from './action';
import { api, type AppError } from './api';

/** Where earlier versions kept templates, in the window's own storage. */
const OLD_STORAGE_KEY = 'agentphone.objective-templates';

function oldTemplates(): string[] {
  try {
    const saved = JSON.parse(localStorage.getItem(OLD_STORAGE_KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter((item) => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

class Templates {
  items = $state<string[]>([]);
  /** Why the last change was not saved. */
  problem = $state('');

  /** Reads the saved templates, moving any the window kept itself (once). */
  async load(): Promise<void> {
    const preferences = await attempt(() => api.getPreferences(), this.report);
    if (!preferences) return;
    this.items = preferences.templates;
    const old = oldTemplates();
    if (old.length === 0) return;
    if (await this.keep([...this.items, ...old])) localStorage.removeItem(OLD_STORAGE_KEY);
  }

  save(objective: string): Promise<boolean> {
    const text = objective.trim();
    if (!text) return Promise.resolve(false);
    return this.keep([text, ...this.items]);
  }

  remove(objective: string): Promise<boolean> {
    return this.keep(this.items.filter((item) => item !== objective));
  }

  private async keep(templates: string[]): Promise<boolean> {
    this.problem = '';
    const kept = await attempt(() => api.setTemplates(templates), this.report);
    if (kept) this.items = kept;
    return kept !== undefined;
  }

  private report = (error: AppError) => {
    this.problem = error.message;
  };
}

export const templates = new Templates();
