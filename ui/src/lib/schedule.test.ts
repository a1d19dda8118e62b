import { describe, expect, it } from 'vitest';
import { fromLocalInput, inAnHour, localInputValue, scheduleWords, tomorrowAtNine } from './schedule';

describe('call later times', () => {
  const now = new Date(2026, 10, 29, 14, 37, 12).getTime();

  it('offers an hour from now and tomorrow at nine, local time', () => {
    expect(new Date(inAnHour(now))).toEqual(new Date(2026, 10, 29, 15, 37, 0));
    expect(new Date(tomorrowAtNine(now))).toEqual(new Date(2026, 10, 30, 9, 0, 0));
    expect(new Date(tomorrowAtNine(new Date(2026, 11, 31, 20, 0).getTime()))).toEqual(new Date(2027, 0, 1, 9, 0));
  });

  it('says times as people do: today, tomorrow, or the day', () => {
    expect(scheduleWords(new Date(2026, 10, 29, 15, 46).getTime(), now, 'en-US')).toBe('today at 3:46 PM');
    expect(scheduleWords(tomorrowAtNine(now), now, 'en-GB')).toBe('tomorrow, Mon 30 Nov, 9:00');
    expect(scheduleWords(new Date(2026, 11, 4, 9, 0).getTime(), now, 'en-US')).toBe('Fri, Dec 4, 9:00 AM');
  });

  it('reads and writes the date-and-time field', () => {
    expect(localInputValue(now)).toBe('2026-11-29T14:37');
    expect(fromLocalInput('2026-11-29T14:37')).toBe(new Date(2026, 10, 29, 14, 37).getTime());
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a time')).toBeNull();
  });
});
