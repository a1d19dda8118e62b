// Times for "Call later…": the quick picks and how a time reads.
import { t, words } from './i18n.svelte';

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

/** A time as people say it: "today at 3:46 PM", "tomorrow, Tue 1 Dec, 9:00 AM", "Fri 4 Dec, 9:00 AM". */
export function scheduleWords(ms: number, nowMs = Date.now(), locale?: string): string {
  const at = new Date(ms);
  const time = at.toLocaleTimeString(locale ?? words.locale(), { hour: 'numeric', minute: '2-digit' });
  const day = at.toLocaleDateString(locale ?? words.locale(), { weekday: 'short', day: 'numeric', month: 'short' });
  const daysAway = Math.round((startOfDay(ms) - startOfDay(nowMs)) / (24 * 60 * 60 * 1000));
  if (daysAway === 0) return t('form-schedule-today', { time });
  if (daysAway === 1) return t('form-schedule-tomorrow', { day, time });
  if (daysAway === -1) return t('form-schedule-yesterday', { day, time });
  return t('form-schedule-day', { day, time });
}

function startOfDay(ms: number): number {
  const day = new Date(ms);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
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
