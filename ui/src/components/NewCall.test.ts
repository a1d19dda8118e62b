import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { mockIPC } from '@tauri-apps/api/mocks';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CallForm } from '../lib/api';
import { session } from '../lib/session.svelte';
import NewCall from './NewCall.svelte';

function fakeService(placeError?: { kind: string; message: string }) {
  const placed: CallForm[] = [];
  mockIPC((cmd, args) => {
    const form = (args as { form?: CallForm }).form;
    if (cmd === 'check_call_form' && form) {
      const valid = form.phone.replace(/\D/g, '') === '4155550132';
      return {
        phone: valid ? null : 'This is not a valid phone number for that country.',
        businessName: null,
        website: null,
        objective: form.objective.trim() ? null : 'Describe what the agent should do on the call.',
        e164: valid ? '+14155550132' : null,
        international: valid ? '+1 415-555-0132' : null,
      };
    }
    if (cmd === 'list_calls') return { items: [], total: 0 };
    if (cmd === 'place_call' && form) {
      if (placeError) throw placeError;
      placed.push({ ...form });
      return { id: 7, placement: 'placed' };
    }
    throw new Error(`unexpected ${cmd}`);
  });
  return placed;
}

beforeEach(() => {
  Object.assign(session.form, { phone: '', country: 'US', businessName: '', website: '', objective: '' });
  session.screen = 'home';
  session.practice = false;
});

describe('new call form', () => {
  it('says why it cannot place the call yet, then confirms and places it once', async () => {
    const placed = fakeService();
    const user = userEvent.setup();
    render(NewCall);
    expect(await screen.findByText('Fix the phone number first.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Phone number'), '(415) 555-0132');
    await user.type(screen.getByLabelText('Business name (optional)'), "Luigi's");
    await user.type(screen.getByLabelText('What should the agent do?'), 'Book a table for 2 at 7pm');
    expect(await screen.findByText('+1 415-555-0132')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Place call…' }));

    expect(await screen.findByRole('heading', { name: 'Check before calling' })).toBeInTheDocument();
    expect(screen.getByText(/AgentPhone will call/)).toHaveTextContent("AgentPhone will call +1 415-555-0132 (Luigi's) to:");
    await user.click(screen.getByRole('button', { name: 'Call now' }));
    expect(placed).toHaveLength(1);
    expect(session.screen).toBe('call');
    expect(session.openCallId).toBe(7);
  });

  it('shows a refusal with its next step and keeps everything typed', async () => {
    fakeService({ kind: 'out_of_credits', message: 'Your AgentPhone account is out of credits.' });
    const user = userEvent.setup();
    render(NewCall);
    await user.type(screen.getByLabelText('Phone number'), '4155550132');
    await user.type(screen.getByLabelText('What should the agent do?'), 'Ask about returns');
    await screen.findByText('+1 415-555-0132');
    await user.click(screen.getByRole('button', { name: 'Place call…' }));
    await user.click(await screen.findByRole('button', { name: 'Call now' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('out of credits');
    expect(screen.getByRole('button', { name: 'Open agentphone.app' })).toBeInTheDocument();
    expect(screen.getByLabelText('What should the agent do?')).toHaveValue('Ask about returns');
    expect(screen.getByLabelText('Phone number')).toHaveValue('4155550132');
  });

  it('fills an example objective on click', async () => {
    fakeService();
    const user = userEvent.setup();
    render(NewCall);
    await user.click(screen.getByRole('button', { name: /Cancel the gym membership/ }));
    expect(screen.getByLabelText('What should the agent do?')).toHaveValue(
      'Cancel the gym membership for Alex Morgan, member number 44718, from the end of this month.',
    );
  });
});
