import { describe, expect, it } from 'vitest';
import { fromLocalInput, inAnHour, localInputValue, tomorrowAtNine } from './schedule';

describe('call later times', () => {
  const now = new Date(2026, 10, 29, 14, 37, 12).getTime();

  it('offers an hour from now and tomorrow at nine, local time', () => {
    expect(new Date(inAnHour(now))).toEqual(new Date(2026, 10, 29, 15, 37, 0));
    expect(new Date(tomorrowAtNine(now))).toEqual(new Date(2026, 10, 30, 9, 0, 0));
    expect(new Date(tomorrowAtNine(new Date(2026, 11, 31, 20, 0).getTime()))).toEqual(new Date(2027, 0, 1, 9, 0));
  });

  it('reads and writes the date-and-time field', () => {
    expect(localInputValue(now)).toBe('2026-11-29T14:37');
    expect(fromLocalInput('2026-11-29T14:37')).toBe(new Date(2026, 10, 29, 14, 37).getTime());
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a time')).toBeNull();
  });
});
