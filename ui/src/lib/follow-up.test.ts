import { describe, expect, it } from 'vitest';
import { followUpObjective, MAX_OBJECTIVE_CHARS } from './follow-up';
import { aRecord } from './test-records';

describe('follow up', () => {
  it('starts from what was asked and answered, leaving room for the next step', () => {
    const record = aRecord({
      objective: 'Ask when the car will be ready.',
      summary: 'Ready on Friday after 3pm.',
      createdAtMs: new Date(2026, 10, 12, 10, 0).getTime(),
    });
    const objective = followUpObjective(record);
    expect(objective).toContain('Last time (');
    expect(objective).toContain('you asked: Ask when the car will be ready. Their answer: Ready on Friday after 3pm.');
    expect(objective.endsWith('\n\nNow: ')).toBe(true);
  });

  it('stays within the objective limit however long the last call was', () => {
    const record = aRecord({ objective: 'x'.repeat(1900), summary: 'y'.repeat(1900) });
    expect(followUpObjective(record).length).toBeLessThanOrEqual(MAX_OBJECTIVE_CHARS - 190);
  });
});
