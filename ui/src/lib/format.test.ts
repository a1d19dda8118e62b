import { describe, expect, it } from 'vitest';
import { duration, outcomeWords, statusWords } from './format';

describe('words on screen', () => {
  it('says statuses and outcomes in plain words, unknown ones as they came', () => {
    expect(statusWords('in_progress')).toBe('In progress');
    expect(statusWords({ unknown: 'on_hold' })).toBe('on hold');
    expect(outcomeWords({ unknown: 'left_voicemail' })).toBe('left voicemail');
    expect(statusWords(null)).toBe('Not started');
    expect(outcomeWords('partial')).toBe('Partly achieved');
    expect(outcomeWords(null)).toBeNull();
  });

  it('writes durations in minutes and seconds', () => {
    expect(duration(42)).toBe('42 s');
    expect(duration(75)).toBe('1 min 15 s');
  });
});
