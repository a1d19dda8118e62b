// Times for "Call later…": the quick picks and how a time reads.

/** An hour from `nowMs`, to the minute. */
export function inAnHour(nowMs: number): number {
  const at = new Date(nowMs + 60 * 60 * 1000);
  at.setSeconds(0, 0);
  return at.getTime();
}

/** Tomorrow at 9:00, local time. */
export function tomorrowAtNine(nowMs: number): number {
  const at = new Date(nowMs);
  at.setDate(at.getDate() + 1);
  at.setHours(9, 0, 0, 0);
  return at.getTime();
}

/** "Tue 09:00" this week, "Tue 12 Nov, 09:00" further away. */
export function scheduleWords(ms: number, nowMs = Date.now()): string {
  const at = new Date(ms);
  const time = at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const withinAWeek = Math.abs(ms - nowMs) < 6 * 24 * 60 * 60 * 1000;
  const day = at.toLocaleDateString(
    [],
    withinAWeek ? { weekday: 'short' } : { weekday: 'short', day: 'numeric', month: 'short' },
  );
  return `${day} ${time}`;
}

/** The value of a `datetime-local` input for `ms`, in local time. */
export function localInputValue(ms: number): string {
  const at = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The time a `datetime-local` input holds, or null when it is empty or unreadable. */
export function fromLocalInput(value: string): number | null {
  if (!value) return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : ms;
}
