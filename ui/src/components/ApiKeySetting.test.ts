import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { mockIPC } from '@tauri-apps/api/mocks';
import { beforeEach, describe, expect, it } from 'vitest';
import { session } from '../lib/session.svelte';
import ApiKeySetting from './ApiKeySetting.svelte';

/** A fake keychain behind the IPC mock, holding what Rust would hold. */
function fakeKeychain(options: { failSaveWith?: { kind: string; message: string }; refused?: string } = {}) {
  let stored: string | null = null;
  const status = () => ({ hasKey: stored !== null, masked: stored ? `••••••${stored.slice(-4)}` : null });
  mockIPC((cmd, args) => {
    if (cmd === 'key_status') return status();
    if (cmd === 'save_key') {
      if (options.failSaveWith) throw options.failSaveWith;
      const key = String((args as { key: string }).key).trim();
      if (!key) throw { kind: 'empty_key', message: 'The key box is empty.' };
      // Rust checks the key with the service first; a refused one is not kept.
      if (key === options.refused)
        throw { kind: 'key_refused', message: 'The AgentPhone service refused your API key.' };
      stored = key;
      return { status: status(), notChecked: null };
    }
    if (cmd === 'remove_key') {
      stored = null;
      return status();
    }
    throw new Error(`unexpected command ${cmd}`);
  });
}

beforeEach(() => {
  session.key = { hasKey: false, masked: null };
});

describe('API key setting', () => {
  it('saves a pasted key and shows only the masked form', async () => {
    fakeKeychain();
    const user = userEvent.setup();
    render(ApiKeySetting);
    await user.type(screen.getByLabelText('API key'), 'sk_live_secret_9876');
    await user.click(screen.getByRole('button', { name: 'Save key' }));

    expect(await screen.findByText('••••••9876')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Key works');
    expect(document.body.textContent).not.toContain('sk_live_secret_9876');
    expect(screen.getByLabelText('New API key')).toHaveValue('');
  });

  it('never calls a refused key saved, and keeps it in the box to correct', async () => {
    fakeKeychain({ refused: 'sk_live_wrong_0000' });
    const user = userEvent.setup();
    render(ApiKeySetting);
    await user.type(screen.getByLabelText('API key'), 'sk_live_wrong_0000');
    await user.click(screen.getByRole('button', { name: 'Save key' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('refused your API key');
    expect(screen.getByText('No key is stored yet.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/saved|works/i);
    expect(screen.getByLabelText('API key')).toHaveValue('sk_live_wrong_0000');
    expect(session.key).toEqual({ hasKey: false, masked: null });
  });

  it('keeps what was typed and shows the message when saving fails', async () => {
    fakeKeychain({
      failSaveWith: { kind: 'no_keychain_service', message: 'No keychain service is running.' },
    });
    const user = userEvent.setup();
    render(ApiKeySetting);
    await user.type(screen.getByLabelText('API key'), 'sk_live_keep_me_1111');
    await user.click(screen.getByRole('button', { name: 'Save key' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('No keychain service is running.');
    expect(screen.getByLabelText('API key')).toHaveValue('sk_live_keep_me_1111');
    expect(screen.getByLabelText('API key')).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses an empty key with a message', async () => {
    fakeKeychain();
    const user = userEvent.setup();
    render(ApiKeySetting);
    await user.click(screen.getByRole('button', { name: 'Save key' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The key box is empty.');
  });

  it('replaces and then removes a key after confirmation', async () => {
    fakeKeychain();
    const user = userEvent.setup();
    render(ApiKeySetting);
    await user.type(screen.getByLabelText('API key'), 'first_key_1111');
    await user.click(screen.getByRole('button', { name: 'Save key' }));
    await user.type(await screen.findByLabelText('New API key'), 'second_key_2222');
    await user.click(screen.getByRole('button', { name: 'Replace key' }));
    expect(await screen.findByText('••••••2222')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove key' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove key' }));
    expect(await screen.findByText('No key is stored yet.')).toBeInTheDocument();
    expect(session.key).toEqual({ hasKey: false, masked: null });
  });
});
