// The History list's search and filters, as the person set them, turned
// into the query Rust runs (the same for the list and for Export).
import type { HistoryQuery, OutcomeFilter } from './api';

export type When = 'any' | 'today' | 'week' | 'month' | 'range';

export type Filters = {
  text: string;
  /** '' for every outcome. */
  outcome: '' | OutcomeFilter;
  mode: '' | 'live' | 'practice';
  /** '' for every label. */
  label: string;
  when: When;
  /** `yyyy-mm-dd` of a chosen range (local days, both included). */
  from: string;
  to: string;
  oldestFirst: boolean;
};

export function noFilters(): Filters {
  return { text: '', outcome: '', mode: '', label: '', when: 'any', from: '', to: '', oldestFirst: false };
}

const DAY_MS = 24 * 60 * 60 * 1000;

function startOfDay(ms: number): number {
  const day = new Date(ms);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

function localDay(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime() : null;
}

/** The local-time span the "when" filter means, as `[since, until)`. */
export function span(filters: Filters, nowMs: number): { sinceMs: number | null; untilMs: number | null } {
  switch (filters.when) {
    case 'today':
      return { sinceMs: startOfDay(nowMs), untilMs: null };
    case 'week':
      return { sinceMs: startOfDay(nowMs) - 6 * DAY_MS, untilMs: null };
    case 'month':
      return { sinceMs: startOfDay(nowMs) - 29 * DAY_MS, untilMs: null };
    case 'range': {
      const from = localDay(filters.from);
      const to = localDay(filters.to);
      // The last day is included: until the next midnight (a day may be 23 or 25 hours long).
      const afterTo = to === null ? null : new Date(new Date(to).setDate(new Date(to).getDate() + 1)).getTime();
      return { sinceMs: from, untilMs: afterTo };
    }
    default:
      return { sinceMs: null, untilMs: null };
  }
}

export function queryFor(filters: Filters, offset: number, limit: number, nowMs: number): HistoryQuery {
  const { sinceMs, untilMs } = span(filters, nowMs);
  return {
    text: filters.text,
    outcome: filters.outcome || null,
    simulated: filters.mode === '' ? null : filters.mode === 'practice',
    label: filters.label || null,
    sinceMs,
    untilMs,
    oldestFirst: filters.oldestFirst,
    offset,
    limit,
  };
}

/** Whether anything narrows the list (for "No calls match"). */
export function narrowed(filters: Filters): boolean {
  return !!filters.text || !!filters.outcome || !!filters.mode || !!filters.label || filters.when !== 'any';
}
