// Words and numbers as the screens show them.
import type { CallStatus } from './bindings/CallStatus';
import type { Outcome } from './bindings/Outcome';

type Known<T> = Exclude<T, { unknown: string }>;

export const OUTCOME_WORDS: Record<Known<Outcome>, string> = {
  achieved: 'Achieved',
  partial: 'Partly achieved',
  not_achieved: 'Not achieved',
};

export const STATUS_WORDS: Record<Known<CallStatus>, string> = {
  queued: 'Queued',
  dialing: 'Dialing',
  in_progress: 'In progress',
  completed: 'Completed',
  failed: 'Failed',
  canceled: 'Canceled',
};

/** A status as a person reads it; unknown ones as they came. */
export function statusWords(status: CallStatus | null | undefined): string {
  if (!status) return 'Not started';
  return typeof status === 'string' ? STATUS_WORDS[status] : status.unknown.replaceAll('_', ' ');
}

export function outcomeWords(outcome: Outcome | null | undefined): string | null {
  if (!outcome) return null;
  return typeof outcome === 'string' ? OUTCOME_WORDS[outcome] : outcome.unknown.replaceAll('_', ' ');
}

export function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
}

export function dateTime(ms: number): string {
  return new Date(ms).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

/** 75 → "1 min 15 s". */
export function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return minutes > 0 ? `${minutes} min ${rest} s` : `${rest} s`;
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
