import { emit } from '@tauri-apps/api/event';
import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import { api, AppError, toAppError } from './api';

describe('api adapter', () => {
  it('passes the pasted key to save_key and returns the masked status', async () => {
    const calls: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return { status: { hasKey: true, masked: '••••••1234' }, notChecked: null };
    });
    const saved = await api.saveKey('sk_live_abcd1234');
    expect(saved.status).toEqual({ hasKey: true, masked: '••••••1234' });
    expect(calls).toEqual([['save_key', { key: 'sk_live_abcd1234' }]]);
  });

  it('turns a {kind, message} rejection into an AppError', async () => {
    mockIPC(() => {
      throw { kind: 'keychain_locked', message: 'Your keychain is locked.' };
    });
    const error = await api.keyStatus().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'keychain_locked', message: 'Your keychain is locked.' });
  });

  it('delivers engine events to a listener until it stops listening', async () => {
    mockIPC(() => undefined, { shouldMockEvents: true });
    const seen: unknown[] = [];
    const stop = await api.onEngineEvent((event) => seen.push(event));
    await emit('engine', { type: 'credits', remaining: 3 });
    await emit('engine', { type: 'statusChanged', id: 1, status: 'dialing' });
    stop();
    await emit('engine', { type: 'credits', remaining: 2 });
    expect(seen).toEqual([
      { type: 'credits', remaining: 3 },
      { type: 'statusChanged', id: 1, status: 'dialing' },
    ]);
  });

  it('passes the history query through unchanged', async () => {
    let received: unknown;
    mockIPC((cmd, args) => {
      received = [cmd, args];
      return { items: [], total: 0, businesses: [] };
    });
    await api.listCalls({
      text: 'luigi',
      outcome: null,
      simulated: true,
      label: null,
      sinceMs: null,
      untilMs: null,
      oldestFirst: false,
      offset: 50,
      limit: 50,
    });
    expect(received).toEqual([
      'list_calls',
      {
        query: {
          text: 'luigi',
          outcome: null,
          simulated: true,
          label: null,
          sinceMs: null,
          untilMs: null,
          oldestFirst: false,
          offset: 50,
          limit: 50,
        },
      },
    ]);
  });

  it('sends the checked form with what the person confirmed, and asks before removing a call on its way', async () => {
    const calls: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return cmd === 'place_call' ? { id: 1, placement: 'placed' } : null;
    });
    const form = {
      phone: '4155550132',
      country: 'US',
      businessName: '',
      website: '',
      objective: 'Ask about returns',
      follows: null,
      forCaller: true,
      voicemail: '',
      speaks: '',
    };
    await api.placeCall(form, {
      phone: '+14155550132',
      practice: false,
      despiteUnconfirmed: false,
      follows: null,
      told: null,
    });
    await api.deleteCall(1);
    await api.deleteCall(1, true);
    expect(calls).toEqual([
      [
        'place_call',
        {
          form,
          confirmed: { phone: '+14155550132', practice: false, despiteUnconfirmed: false, follows: null, told: null },
        },
      ],
      ['delete_call', { id: 1, evenIfOnItsWay: false }],
      ['delete_call', { id: 1, evenIfOnItsWay: true }],
    ]);
  });

  it('wraps anything else as an interrupted step with a plain message', () => {
    const error = toAppError('command key_status not found');
    expect(error.kind).toBe('interrupted');
    expect(error.message).toMatch(/close AgentPhone and open it again/);
    // The system's words stay out of what the person reads.
    expect(error.message).not.toMatch(/command key_status not found/);
  });
});
