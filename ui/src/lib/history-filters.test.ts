import { describe, expect, it } from 'vitest';
import { narrowed, noFilters, queryFor, span } from './history-filters';

const now = new Date(2026, 10, 29, 15, 30).getTime();
const day = (d: number, m = 10) => new Date(2026, m, d).getTime();

describe('history filters', () => {
  it('turns the date choices into local-time spans', () => {
    const with_ = (changes: object) => ({ ...noFilters(), ...changes });
    expect(span(with_({ when: 'today' }), now)).toEqual({ sinceMs: day(29), untilMs: null });
    expect(span(with_({ when: 'week' }), now)).toEqual({ sinceMs: day(23), untilMs: null });
    expect(span(with_({ when: 'month' }), now)).toEqual({ sinceMs: day(31, 9), untilMs: null });
    expect(span(with_({ when: 'range', from: '2026-11-02', to: '2026-11-12' }), now)).toEqual({
      sinceMs: day(2),
      untilMs: day(13),
    });
    expect(span(with_({ when: 'range', from: '', to: 'nonsense' }), now)).toEqual({ sinceMs: null, untilMs: null });
    expect(span(with_({ when: 'any' }), now)).toEqual({ sinceMs: null, untilMs: null });
  });

  it('builds the query Rust runs, for the list and for Export alike', () => {
    const filters = {
      ...noFilters(),
      text: 'garage',
      outcome: 'not_placed' as const,
      mode: 'live' as const,
      label: 'booked',
    };
    expect(queryFor(filters, 50, 50, now)).toEqual({
      text: 'garage',
      outcome: 'not_placed',
      simulated: false,
      label: 'booked',
      sinceMs: null,
      untilMs: null,
      oldestFirst: false,
      offset: 50,
      limit: 50,
    });
    expect(narrowed(noFilters())).toBe(false);
    expect(narrowed({ ...noFilters(), when: 'today' })).toBe(true);
  });
});
