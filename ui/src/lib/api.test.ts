import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import { api, AppError, toAppError } from './api';

describe('api adapter', () => {
  it('passes the pasted key to save_key and returns the masked status', async () => {
    const calls: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return { hasKey: true, masked: '••••••1234' };
    });
    const status = await api.saveKey('sk_live_abcd1234');
    expect(status).toEqual({ hasKey: true, masked: '••••••1234' });
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

  it('wraps anything else as an internal error with a plain message', () => {
    const error = toAppError('command key_status not found');
    expect(error.kind).toBe('internal');
    expect(error.message).toMatch(/Close the app and open it again/);
    expect(error.message).toMatch(/command key_status not found/);
  });
});
