// Words and numbers as the screens show them.
import type { CallStatus } from './bindings/CallStatus';
import type { Outcome } from './bindings/Outcome';
import { t, words, written } from './i18n.svelte';

type Known<T> = Exclude<T, { unknown: string }>;

/** The catalogue's message for each outcome the app knows (the exports say the same). */
export const OUTCOME_WORDS: Record<Known<Outcome>, string> = {
  achieved: 'outcome-achieved',
  partial: 'outcome-partial',
  not_achieved: 'outcome-not_achieved',
};

/** The catalogue's message for each status the app knows. */
export const STATUS_WORDS: Record<Known<CallStatus>, string> = {
  queued: 'status-queued',
  dialing: 'status-dialing',
  in_progress: 'status-in_progress',
  completed: 'status-completed',
  failed: 'status-failed',
  canceled: 'status-canceled',
};

/** A status as a person reads it; unknown ones as they came. */
export function statusWords(status: CallStatus | null | undefined): string {
  if (!status) return t('call-status-not-started');
  return typeof status === 'string' ? t(STATUS_WORDS[status]) : status.unknown.replaceAll('_', ' ');
}

export function outcomeWords(outcome: Outcome | null | undefined): string | null {
  if (!outcome) return null;
  return typeof outcome === 'string' ? t(OUTCOME_WORDS[outcome]) : outcome.unknown.replaceAll('_', ' ');
}

export function clockTime(ms: number): string {
  return written(new Date(ms).toLocaleTimeString(words.locale(), { hour: 'numeric', minute: '2-digit' }));
}

export function dateTime(ms: number): string {
  return written(new Date(ms).toLocaleString(words.locale(), { dateStyle: 'medium', timeStyle: 'short' }));
}

/** 75 → "1 min 15 s". */
export function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return minutes > 0
    ? t('call-duration-minutes', { minutes, seconds: rest })
    : t('call-duration-seconds', { seconds: rest });
}

/** What a call's result means at a glance, for its colour: red for failed or not placed everywhere, amber for partly achieved or unsure. */
export function tone(call: {
  outcome: Outcome | null;
  status: CallStatus | null;
  progress: string;
}): 'tone-good' | 'tone-partial' | 'tone-bad' | 'tone-unsure' | '' {
  if (call.outcome === 'achieved') return 'tone-good';
  if (call.outcome === 'partial') return 'tone-partial';
  if (call.outcome === 'not_achieved' || call.progress === 'not_placed') return 'tone-bad';
  if (call.status === 'failed' || call.status === 'canceled') return 'tone-bad';
  if (call.progress === 'may_be_placed' || call.progress === 'missed') return 'tone-unsure';
  return '';
}

/** A language (BCP 47 tag) named in the language the window speaks. */
export function languageName(tag: string): string {
  return new Intl.DisplayNames([words.locale()], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
}
