// A call record for tests: a live call being followed, with what a test changes.
import type { CallRecord } from './api';

export function aRecord(changes: Partial<CallRecord> = {}): CallRecord {
  return {
    id: 1,
    callId: 'cl_1',
    simulated: false,
    phone: '+14155550105',
    phoneForPeople: '+1 415-555-0105',
    business: null,
    website: null,
    objective: 'Book a table',
    createdAtMs: 1_000_000,
    scheduledAtMs: null,
    sentAtMs: null,
    progress: 'watching',
    status: null,
    ended: false,
    tryAgainLater: false,
    timeline: [],
    outcome: null,
    summary: null,
    transcript: null,
    durationSeconds: null,
    recordingUrl: null,
    recordingPath: null,
    creditsAfter: null,
    lastError: null,
    lastProblem: null,
    resultsPending: false,
    note: '',
    labels: [],
    follows: null,
    ...changes,
  };
}
