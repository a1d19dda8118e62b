import { describe, expect, it } from 'vitest';
import type { CallRecord } from './api';
import { callState, elapsedSeconds, speakerLabel, transcriptText } from './call-state';
import { aRecord } from './test-records';

const placedAt = 1_000_000;

function record(changes: Partial<CallRecord>): CallRecord {
  return aRecord({ createdAtMs: placedAt, ...changes });
}

describe('call state', () => {
  it('follows a running call and times each step', () => {
    const running = record({
      status: 'dialing',
      timeline: [
        { status: 'queued', atMs: placedAt + 1_000 },
        { status: 'dialing', atMs: placedAt + 3_000 },
      ],
    });
    const state = callState(running);
    expect(state).toEqual({
      finalStatus: null,
      running: true,
      timeAt: { queued: placedAt + 1_000, dialing: placedAt + 3_000 },
      unknownStatus: null,
    });
    expect(elapsedSeconds(running, state, placedAt + 12_000)).toBe(12);
  });

  it('stops the clock when the call ends', () => {
    const ended = record({
      status: 'failed',
      ended: true,
      progress: 'finished',
      timeline: [{ status: 'failed', atMs: placedAt + 40_000 }],
    });
    const state = callState(ended);
    expect(state.finalStatus).toBe('failed');
    expect(state.running).toBe(false);
    expect(elapsedSeconds(ended, state, placedAt + 999_000)).toBe(40);
    // A scheduled call counts from its time, not from when it was confirmed.
    const scheduled = { ...ended, createdAtMs: placedAt - 3_600_000, scheduledAtMs: placedAt };
    expect(elapsedSeconds(scheduled, callState(scheduled), placedAt + 999_000)).toBe(40);
  });

  it('is not running once the app gave up or proved it was not placed', () => {
    expect(callState(record({ progress: 'may_be_placed' })).running).toBe(false);
    expect(callState(record({ progress: 'not_placed' })).running).toBe(false);
    expect(callState(record({ progress: 'unconfirmed' })).running).toBe(true);
    expect(callState(record({ progress: 'scheduled', scheduledAtMs: placedAt + 60_000 })).running).toBe(false);
  });

  it('shows a status it does not know as it came', () => {
    expect(callState(record({ status: { unknown: 'on_hold' } })).unknownStatus).toEqual({ unknown: 'on_hold' });
    expect(callState(record({ status: 'in_progress' })).unknownStatus).toBeNull();
  });

  it('names speakers and copies the transcript as text', () => {
    const turns = [
      { speaker: 'Agent', side: 'agent' as const, text: 'Hello' },
      { speaker: '', side: 'business' as const, text: 'Hi\nthere' },
    ];
    expect(turns.map((turn) => speakerLabel(turn, "Luigi's"))).toEqual(['AgentPhone agent', "Luigi's"]);
    expect(speakerLabel({ speaker: 'User', side: 'business', text: 'Hi' }, null)).toBe('Business');
    expect(transcriptText(turns, "Luigi's")).toBe("AgentPhone agent: Hello\nLuigi's: Hi\nthere");
  });
});
