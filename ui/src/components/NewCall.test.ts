import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { mockIPC } from '@tauri-apps/api/mocks';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallForm, Confirmation, Confirmed } from '../lib/api';
import { session } from '../lib/session.svelte';
import { aRecord } from '../lib/test-records';
import NewCall from './NewCall.svelte';

type Options = {
  placeError?: { kind: string; message: string };
  /** An unconfirmed call to the number: known when the confirmation is prepared, or only when placing. */
  unconfirmedCall?: 'before' | 'after';
  answer?: Partial<Confirmation>;
  /** What Rust says of an odd but valid number (shared cost, voicemail…). */
  numberNote?: string;
  /** Whether the app is in Practice mode when the call is placed (it may have switched since). */
  practiceNow?: () => boolean;
  /** Holds the answer to placing until the test lets it go. */
  answerWhen?: Promise<void>;
};

/** Numbers 415-555-xxxx are valid; the rest is refused, as Rust would. */
function dial(form: CallForm): { e164: string; international: string } | null {
  const digits = form.phone.replace(/\D/g, '');
  if (!/^415555\d{4}$/.test(digits)) return null;
  return { e164: `+1${digits}`, international: `+1 415-555-${digits.slice(6)}` };
}

function fakeService(options: Options = {}) {
  const placed: Array<{ form: CallForm; confirmed: Confirmed }> = [];
  mockIPC((cmd, args) => {
    const { form, confirmed } = args as { form?: CallForm; confirmed?: Confirmed };
    const number = form ? dial(form) : null;
    if (cmd === 'check_call_form' && form) {
      return {
        phone: number
          ? null
          : form.phone.trim()
            ? 'This is not a valid phone number for that country.'
            : 'Enter the phone number to call.',
        businessName: null,
        website: null,
        objective: form.objective.trim() ? null : 'Describe what the agent should do on the call.',
        e164: number?.e164 ?? null,
        international: number?.international ?? null,
        numberNote: number ? (options.numberNote ?? null) : null,
        ok: number !== null && form.objective.trim() !== '',
      };
    }
    if (cmd === 'prepare_call' && form) {
      if (!number || !form.objective.trim()) throw { kind: 'invalid_form', message: 'Fix the marked details first.' };
      return {
        form,
        phone: number.e164,
        international: number.international,
        practice: false,
        calledMinutesAgo: null,
        lastCall: null,
        mayAlreadyBePlaced:
          options.unconfirmedCall === 'before'
            ? {
                kind: 'may_be_placed',
                code: 'may_be_placed',
                params: { phone: number.international },
                message: `AgentPhone may already have placed a call to ${number.international} a moment ago, but could not confirm it. Check your calls at agentphone.app before you call again.`,
              }
            : null,
        numberNote: options.numberNote ?? null,
        callingFor: null,
        callBackOn: null,
        told: null,
        ...options.answer,
      } satisfies Confirmation;
    }
    if (cmd === 'place_call' && form && confirmed) {
      if (options.placeError) throw options.placeError;
      // Rust's rule: only the call confirmed, in the mode confirmed.
      if (confirmed.practice !== (options.practiceNow?.() ?? false) || dial(form)?.e164 !== confirmed.phone) {
        throw {
          kind: 'confirmation_changed',
          message: 'Practice mode was switched after you confirmed the call, so no call was placed.',
        };
      }
      if (options.unconfirmedCall && !confirmed.despiteUnconfirmed) {
        throw {
          kind: 'may_be_placed',
          message: `AgentPhone may already have placed a call to ${dial(form)?.international} a moment ago, but could not confirm it.`,
        };
      }
      placed.push({ form: { ...form }, confirmed: { ...confirmed } });
      if (options.answerWhen) return options.answerWhen.then(() => ({ id: 7, placement: 'placed' }));
      return { id: 7, placement: 'placed' };
    }
    // No business is kept in these tests.
    if (cmd === 'find_businesses') return [];
    if (cmd === 'business_for') return null;
    throw new Error(`unexpected ${cmd}`);
  });
  return placed;
}

async function fillAndReview(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Phone number'), '4155550132');
  await user.type(screen.getByLabelText('What should the agent do?'), 'Ask about returns');
  await screen.findByText('+1 415-555-0132');
  await user.click(screen.getByRole('button', { name: 'Place call…' }));
  await screen.findByRole('heading', { name: 'Check before calling' });
}

beforeEach(() => {
  Object.assign(session.form, {
    phone: '',
    country: 'US',
    businessName: '',
    website: '',
    objective: '',
    follows: null,
    forCaller: true,
    voicemail: '',
  });
  session.follows = null;
  session.screen = 'home';
  session.practice = false;
});

describe('new call form', () => {
  it('says why it cannot place the call yet, then confirms and places it once', async () => {
    const placed = fakeService();
    const user = userEvent.setup();
    render(NewCall);
    // The hint beside Place call… names what is missing, in Rust's words.
    expect(
      await screen.findByText('Enter the phone number to call.', { selector: '#why-disabled' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Phone number'), '(415) 555-0132');
    await user.type(screen.getByLabelText('Business name (optional)'), "Luigi's");
    await user.type(screen.getByLabelText('What should the agent do?'), 'Book a table for 2 at 7pm');
    expect(await screen.findByText('+1 415-555-0132')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Place call…' }));

    expect(await screen.findByRole('heading', { name: 'Check before calling' })).toBeInTheDocument();
    expect(screen.getByText(/AgentPhone will call/)).toHaveTextContent(
      "AgentPhone will call +1 415-555-0132 (Luigi's) to:",
    );
    await user.click(screen.getByRole('button', { name: 'Call now' }));
    expect(placed).toHaveLength(1);
    expect(session.screen).toBe('call');
    expect(session.openCallId).toBe(7);
  });

  it('says what to know about an odd number while typing and again before calling', async () => {
    const note = 'This is a voicemail number: it reaches a mailbox, not a person.';
    fakeService({ numberNote: note });
    const user = userEvent.setup();
    render(NewCall);
    await user.type(screen.getByLabelText('Phone number'), '4155550132');
    expect(await screen.findByText(note)).toBeInTheDocument();
    await user.type(screen.getByLabelText('What should the agent do?'), 'Ask about returns');
    await user.click(screen.getByRole('button', { name: 'Place call…' }));
    await screen.findByRole('heading', { name: 'Check before calling' });
    expect(screen.getByRole('alert')).toHaveTextContent(note);
  });

  it('confirms and places the number as typed last, even when Enter comes before the check', async () => {
    const placed = fakeService();
    const user = userEvent.setup();
    render(NewCall);
    await user.type(screen.getByLabelText('What should the agent do?'), 'Ask about returns');
    await user.type(screen.getByLabelText('Phone number'), '4155550132');
    await screen.findByText('+1 415-555-0132');
    // The as-you-type check still holds the old number when Enter is pressed.
    await user.type(screen.getByLabelText('Phone number'), '{Backspace}3{Enter}');

    expect(await screen.findByRole('heading', { name: 'Check before calling' })).toBeInTheDocument();
    expect(screen.getByText(/AgentPhone will call/)).toHaveTextContent('AgentPhone will call +1 415-555-0133 to:');
    await user.dblClick(screen.getByRole('button', { name: 'Call now' }));
    expect(placed).toEqual([
      {
        form: {
          phone: '4155550133',
          country: 'US',
          businessName: '',
          website: '',
          objective: 'Ask about returns',
          follows: null,
          forCaller: true,
          voicemail: '',
          speaks: '',
        },
        confirmed: { phone: '+14155550133', practice: false, despiteUnconfirmed: false, follows: null, told: null },
      },
    ]);
  });

  it('shows what the fresh check answered: a recent call and the mode', async () => {
    fakeService({ answer: { calledMinutesAgo: 3, lastCall: 4, practice: true } });
    const user = userEvent.setup();
    render(NewCall);
    await fillAndReview(user);
    expect(screen.getByRole('alert')).toHaveTextContent('You called this number 3 minutes ago.');
    // Calling again is not the obvious next step: the earlier call is a click away.
    expect(screen.getByRole('button', { name: 'Call now' })).not.toHaveClass('primary');
    await user.click(screen.getByRole('button', { name: 'Open that call' }));
    expect(session.openCallId).toBe(4);
    expect(session.screen).toBe('call');
    expect(screen.getByText('Practice mode: no real phone will ring.')).toBeInTheDocument();
  });

  it.each(['before', 'after'] as const)(
    'places another call to a number with an unconfirmed call (found %s confirming) only once the person checked',
    async (when) => {
      const placed = fakeService({ unconfirmedCall: when });
      const user = userEvent.setup();
      render(NewCall);
      await fillAndReview(user);
      if (when === 'after') await user.click(screen.getByRole('button', { name: 'Call now' }));

      expect(
        await screen.findByText(/may already have placed a call to \+1 415-555-0132 a moment ago/),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Open agentphone.app' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Call now' })).toBeDisabled();
      await user.click(screen.getByRole('checkbox', { name: 'I checked — place another call' }));
      await user.click(screen.getByRole('button', { name: 'Call now' }));
      expect(placed).toHaveLength(1);
      expect(placed[0].confirmed).toEqual({
        phone: '+14155550132',
        practice: false,
        despiteUnconfirmed: true,
        follows: null,
        told: null,
      });
    },
  );

  it('closes the confirmation and keeps the form when the number or mode changed', async () => {
    let practiceNow = false;
    const placed = fakeService({ practiceNow: () => practiceNow });
    const user = userEvent.setup();
    render(NewCall);
    await fillAndReview(user);
    // Practice mode is turned on elsewhere while the confirmation is open.
    practiceNow = true;
    await user.click(screen.getByRole('button', { name: 'Call now' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Practice mode was switched');
    expect(screen.queryByRole('heading', { name: 'Check before calling' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Phone number')).toHaveValue('4155550132');
    expect(screen.getByLabelText('What should the agent do?')).toHaveValue('Ask about returns');
    expect(placed).toHaveLength(0);
  });

  it('shows a refusal with its next step and keeps everything typed', async () => {
    fakeService({ placeError: { kind: 'out_of_credits', message: 'Your AgentPhone account is out of credits.' } });
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

  it('keeps a call on its way when the person leaves the form, and never clears what is typed since', async () => {
    let answer: () => void = () => undefined;
    const placed = fakeService({ answerWhen: new Promise<void>((resolve) => (answer = resolve)) });
    const user = userEvent.setup();
    const first = render(NewCall);
    await fillAndReview(user);
    await user.click(screen.getByRole('button', { name: 'Call now' }));
    await screen.findByRole('button', { name: 'Calling…' });
    // The person opens another screen, comes back and starts the next call.
    first.unmount();
    session.form.objective = 'Ask whether they deliver on Sundays';
    render(NewCall);
    expect(screen.getByRole('status')).toHaveTextContent('The call is on its way');
    await user.click(screen.getByRole('button', { name: 'Place call…' }));
    expect(screen.queryByRole('heading', { name: 'Check before calling' })).not.toBeInTheDocument();
    expect(placed).toHaveLength(1);

    answer();
    await vi.waitFor(() => expect(session.placing).toBeNull());
    expect(placed).toHaveLength(1);
    expect(screen.getByLabelText('What should the agent do?')).toHaveValue('Ask whether they deliver on Sundays');
    expect(screen.getByLabelText('Phone number')).toHaveValue('4155550132');
  });

  it('says a live call is real and uses a credit, with the credits left', async () => {
    fakeService();
    session.credits = { count: 27, atMs: Date.now() };
    const user = userEvent.setup();
    render(NewCall);
    await fillAndReview(user);
    expect(screen.getByRole('note')).toHaveTextContent(
      "This is a real call: +1 415-555-0132's phone rings when you press Call now, and it uses 1 credit (27 left).",
    );
    session.credits = null;
  });

  it('asks what to do now on a follow-up, shows the earlier call, and cannot place an empty one', async () => {
    const placed = fakeService();
    const user = userEvent.setup();
    const earlier = aRecord({
      id: 3,
      phone: '4155550132',
      business: 'Luigi',
      objective: 'Book a table for 4 tonight',
      summary: 'Fully booked tonight; Friday is free.',
    });
    session.callAgain(earlier, true);
    render(NewCall);
    expect(screen.getByRole('group', { name: 'The earlier call' })).toHaveTextContent(
      'Their answer: Fully booked tonight; Friday is free.',
    );
    const now = screen.getByLabelText('What should the agent do now?');
    expect(now).toHaveValue('');
    expect(now).toHaveFocus();
    await screen.findByText('+1 415-555-0132');
    await user.click(screen.getByRole('button', { name: 'Place call…' }));
    expect(screen.queryByRole('heading', { name: 'Check before calling' })).not.toBeInTheDocument();
    await user.type(now, 'Book Friday at 7pm instead');
    await user.click(screen.getByRole('button', { name: 'Place call…' }));
    await user.click(await screen.findByRole('button', { name: 'Call now' }));
    await vi.waitFor(() => expect(placed).toHaveLength(1));
    expect(placed[0].confirmed.follows).toBe(3);
  });
});
