import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import { templates } from './templates.svelte';

/** Rust's side, as it behaves: trimmed, each once, newest first. */
function fakePreferences(saved: string[]) {
  const store = { templates: saved };
  mockIPC((cmd, args) => {
    if (cmd === 'get_preferences') return { templates: store.templates };
    if (cmd === 'set_templates') {
      const given = (args as { templates: string[] }).templates.map((t) => t.trim()).filter(Boolean);
      store.templates = [...new Set(given)].slice(0, 20);
      return store.templates;
    }
    throw new Error(`unexpected ${cmd}`);
  });
  return store;
}

describe('objective templates', () => {
  it('keeps saved objectives in the preferences, newest first, once each', async () => {
    const store = fakePreferences([]);
    await templates.load();
    await templates.save('  Ask about opening hours  ');
    await templates.save('Cancel membership 4471');
    await templates.save('Ask about opening hours');
    expect(templates.items).toEqual(['Ask about opening hours', 'Cancel membership 4471']);
    expect(store.templates).toEqual(templates.items);
    await templates.remove('Cancel membership 4471');
    expect(templates.items).toEqual(['Ask about opening hours']);
    expect(await templates.save('   ')).toBe(false);
  });

  it('moves templates the window kept itself into the preferences, once', async () => {
    localStorage.setItem('agentphone.objective-templates', JSON.stringify(['Old one', 'Kept already']));
    const store = fakePreferences(['Kept already']);
    await templates.load();
    expect(store.templates).toEqual(['Kept already', 'Old one']);
    expect(localStorage.getItem('agentphone.objective-templates')).toBeNull();
  });
});
