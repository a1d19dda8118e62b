import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import { session } from './session.svelte';

describe('session', () => {
  it('shows the mode the engine really has when switching fails', async () => {
    mockIPC((cmd) => {
      if (cmd === 'set_practice_mode') throw { kind: 'internal', message: 'The switch did not finish.' };
      if (cmd === 'app_mode') return { practice: true };
      throw new Error(`unexpected ${cmd}`);
    });
    session.practice = false;
    await expect(session.setPractice(true)).rejects.toMatchObject({ message: 'The switch did not finish.' });
    expect(session.practice).toBe(true);
  });
});
