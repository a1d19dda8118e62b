// What the call screen shows for a record: pure, so it is tested without a window.
import type { CallRecord } from './bindings/CallRecord';
import type { CallStatus } from './bindings/CallStatus';
import type { Turn } from './bindings/Turn';
import { t } from './i18n.svelte';

/** The steps of a call before it ends, in order. */
export const STEPS: readonly CallStatus[] = ['queued', 'dialing', 'in_progress'];

export type CallState = {
  /** `completed`, `failed` or `canceled` once the call has ended. */
  finalStatus: CallStatus | null;
  /** The app is still following the call (it has not given up or ended). */
  running: boolean;
  /** When each status was first seen. */
  timeAt: Record<string, number>;
  /** A status the app does not know, shown as it came. */
  unknownStatus: CallStatus | null;
};

/** The key a status's time is kept under: its name, or the text of one the app does not know. */
export function statusKey(status: CallStatus): string {
  return typeof status === 'string' ? status : status.unknown;
}

export function callState(record: CallRecord): CallState {
  const status = record.status;
  // Whether a status ends the call is Rust's to say.
  const finalStatus = record.ended ? status : null;
  return {
    finalStatus,
    // Not placed, not confirmed, or not yet due: nothing runs.
    running: !finalStatus && !['not_placed', 'may_be_placed', 'scheduled', 'missed'].includes(record.progress),
    timeAt: Object.fromEntries(record.timeline.map((change) => [statusKey(change.status), change.atMs])),
    unknownStatus: status && !finalStatus && typeof status === 'object' ? status : null,
  };
}

/** When the call was placed: its scheduled time, or when it was confirmed. */
export function placedAtMs(record: CallRecord): number {
  return record.scheduledAtMs ?? record.createdAtMs;
}

/** Seconds from placing to the end, or to `nowMs` while it runs. */
export function elapsedSeconds(record: CallRecord, state: CallState, nowMs: number): number {
  const end = state.finalStatus ? (state.timeAt[statusKey(state.finalStatus)] ?? nowMs) : nowMs;
  return Math.max(0, (end - placedAtMs(record)) / 1000);
}

/** Who spoke, the same in Practice and live: our agent, or the business called (never "User"). */
export function speakerLabel(turn: Turn, business: string | null): string {
  return speakerName(turn, business) ?? t(turn.side === 'agent' ? 'call-speaker-agent' : 'call-speaker-business');
}

/** The business's name where it is the speaker (the person's words, never translated); `null` for our words. */
export function speakerName(turn: Turn, business: string | null): string | null {
  return turn.side === 'agent' ? null : business?.trim() || null;
}

/** The transcript as plain text, for copying. */
export function transcriptText(turns: Turn[], business: string | null): string {
  return turns
    .map((turn) => t('call-transcript-line', { speaker: speakerLabel(turn, business), text: turn.text }))
    .join('\n');
}
