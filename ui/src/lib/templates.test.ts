import { describe, expect, it } from 'vitest';
import { templates } from './templates.svelte';

describe('objective templates', () => {
  it('keeps saved objectives newest first, once each, and survives a reload', async () => {
    templates.save('  Ask about opening hours  ');
    templates.save('Cancel membership 4471');
    templates.save('Ask about opening hours');
    expect(templates.items).toEqual(['Ask about opening hours', 'Cancel membership 4471']);
    expect(JSON.parse(localStorage.getItem('agentphone.objective-templates') ?? '[]')).toEqual(templates.items);
    templates.remove('Cancel membership 4471');
    expect(templates.items).toEqual(['Ask about opening hours']);
    templates.save('   ');
    expect(templates.items).toHaveLength(1);
  });
});
