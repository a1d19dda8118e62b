// Words and numbers as the screens show them.

export const OUTCOME_WORDS: Record<string, string> = {
  achieved: 'Achieved',
  partial: 'Partly achieved',
  not_achieved: 'Not achieved',
};

export const STATUS_WORDS: Record<string, string> = {
  queued: 'Queued',
  dialing: 'Dialing',
  in_progress: 'In progress',
  completed: 'Completed',
  failed: 'Failed',
  canceled: 'Canceled',
};

/** A status as a person reads it; unknown ones as they came. */
export function statusWords(status: string | null | undefined): string {
  if (!status) return 'Not started';
  return STATUS_WORDS[status] ?? status.replaceAll('_', ' ');
}

export function outcomeWords(outcome: string | null | undefined): string | null {
  if (!outcome) return null;
  return OUTCOME_WORDS[outcome] ?? outcome.replaceAll('_', ' ');
}

export function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
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
