// "Follow up…": a new objective that starts from what the last call learned.
import type { CallRecord } from './api';

/** The objective's length limit, as Rust checks it. */
export const MAX_OBJECTIVE_CHARS = 2000;

/** "Last time (Tue 12 Nov) you asked: … Their answer: …", then room to say what to do now. */
export function followUpObjective(record: CallRecord): string {
  const day = new Date(record.scheduledAtMs ?? record.createdAtMs).toLocaleDateString([], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
  const answer = record.summary?.trim() || 'no summary was given';
  const context = `Last time (${day}) you asked: ${record.objective.trim()} Their answer: ${answer}`;
  const room = MAX_OBJECTIVE_CHARS - 200; // leave room for what to ask now
  const kept = context.length > room ? `${context.slice(0, room - 1)}…` : context;
  return `${kept}\n\nNow: `;
}
