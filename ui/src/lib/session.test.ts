import { emit } from '@tauri-apps/api/event';
import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it, vi } from 'vitest';
import { session } from './session.svelte';

const practiceOn = {
  mode: { practice: true, otherService: null, lastLiveBalance: null },
  switched: { scheduledLive: [], missed: [] },
};

describe('session', () => {
  it('shows the mode the engine really has when switching fails', async () => {
    mockIPC((cmd) => {
      if (cmd === 'set_practice_mode') throw { kind: 'interrupted', message: 'The switch did not finish.' };
      if (cmd === 'app_mode') return { practice: true, otherService: null, lastLiveBalance: null };
      throw new Error(`unexpected ${cmd}`);
    });
    session.practice = false;
    await expect(session.setPractice(true)).rejects.toMatchObject({ message: 'The switch did not finish.' });
    expect(session.practice).toBe(true);
  });

  it('keeps credits per mode: practice credits never show as the account', async () => {
    const atMs = Date.UTC(2026, 10, 12, 10, 42);
    mockIPC(
      (cmd) => {
        if (cmd === 'startup_state') {
          const mode = { practice: false, otherService: null, lastLiveBalance: { credits: 12, atMs } };
          return { mode, defaultCountry: 'US', notices: [], missed: [] };
        }
        if (cmd === 'set_practice_mode') return practiceOn;
        throw new Error(`unexpected ${cmd}`);
      },
      { shouldMockEvents: true },
    );
    const stop = session.follow();
    await vi.waitFor(() => expect(session.credits).toEqual({ count: 12, atMs }));

    await emit('engine', { type: 'credits', remaining: 19, practice: true });
    // A practice figure is not the account's.
    expect(session.credits).toEqual({ count: 12, atMs });

    await session.setPractice(true);
    expect(session.credits).toBeNull();
    await emit('engine', { type: 'credits', remaining: 19, practice: true });
    expect(session.credits?.count).toBe(19);
    stop();
  });

  it('keeps a mode switched while start-up was still answering', async () => {
    let answerStart: (value: unknown) => void = () => undefined;
    mockIPC(
      (cmd) => {
        if (cmd === 'startup_state') return new Promise((resolve) => (answerStart = resolve));
        if (cmd === 'set_practice_mode') return practiceOn;
        throw new Error(`unexpected ${cmd}`);
      },
      { shouldMockEvents: true },
    );
    const stop = session.follow();
    await session.setPractice(true);
    answerStart({
      mode: { practice: false, otherService: null, lastLiveBalance: null },
      countries: [{ code: 'US', callingCode: 1 }],
      defaultCountry: null,
      language: 'en-US',
      notices: [],
      missed: [],
    });
    await vi.waitFor(() => expect(session.countries).toHaveLength(1));
    expect(session.practice).toBe(true);
    stop();
  });

  it('names the real calls held while Practice is on, and asks about times missed meanwhile', async () => {
    const held = {
      id: 7,
      simulated: false,
      phone: '+14155550105',
      business: 'Luigi',
      progress: 'scheduled',
      status: null,
      outcome: null,
      createdAtMs: 1,
      scheduledAtMs: 2,
      labels: [],
    };
    let practice = true;
    mockIPC((cmd) => {
      if (cmd !== 'set_practice_mode') throw new Error(`unexpected ${cmd}`);
      return practice
        ? { ...practiceOn, switched: { scheduledLive: [held], missed: [] } }
        : {
            mode: { practice: false, otherService: null, lastLiveBalance: null },
            switched: { scheduledLive: [], missed: [{ ...held, progress: 'missed' }] },
          };
    });
    session.missed = [];
    await session.setPractice(true);
    expect(session.heldByPractice.map((call) => call.id)).toEqual([7]);
    practice = false;
    await session.setPractice(false);
    expect(session.heldByPractice).toEqual([]);
    expect(session.missed.map((call) => call.id)).toEqual([7]);
  });
});
