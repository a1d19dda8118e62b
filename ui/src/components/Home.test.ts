import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { mockIPC } from '@tauri-apps/api/mocks';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { session } from '../lib/session.svelte';
import Home from './Home.svelte';

const noKey = { hasKey: false, masked: null };

beforeEach(() => {
  // The form only asks Rust to check what is typed; nothing is valid here.
  mockIPC((cmd) => {
    if (cmd === 'check_call_form') {
      return { phone: 'Type a number.', businessName: null, website: null, objective: null, e164: null };
    }
    return null;
  });
  Object.assign(session.form, { phone: '', country: 'US', businessName: '', website: '', objective: '' });
  session.practice = false;
  session.modeKnown = false;
  session.key = null;
  session.keyError = null;
});

describe('home screen', () => {
  it('keeps the form being typed in when the key is missing but the app is in Practice mode', async () => {
    const user = userEvent.setup();
    render(Home);
    const objective = screen.getByLabelText('What should the agent do?');
    await user.type(objective, 'Ask about');
    // The keychain answers before start-up says which mode the app is in.
    session.key = noKey;
    await tick();
    expect(screen.queryByRole('heading', { name: 'Welcome to AgentPhone' })).toBeNull();
    session.takeMode({ practice: true, otherService: null, lastLiveBalance: null });
    await tick();
    expect(screen.queryByRole('heading', { name: 'Welcome to AgentPhone' })).toBeNull();
    // The very same box, still focused: typing goes on where it was.
    expect(objective).toBeInTheDocument();
    expect(objective).toHaveFocus();
    await user.keyboard(' returns');
    expect(session.form.objective).toBe('Ask about returns');
  });

  it('welcomes a person with no key once it knows the app is not in Practice mode', async () => {
    render(Home);
    session.key = noKey;
    session.takeMode({ practice: false, otherService: null, lastLiveBalance: null });
    expect(await screen.findByRole('heading', { name: 'Welcome to AgentPhone' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try Practice mode' })).toBeInTheDocument();
  });
});
