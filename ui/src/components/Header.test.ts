import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { session } from '../lib/session.svelte';
import Header from './Header.svelte';

const modeBadge = () => screen.getByText('Mode:').nextElementSibling?.textContent?.trim();

beforeEach(() => {
  session.practice = false;
  session.modeKnown = false;
  session.otherService = null;
  session.key = null;
  session.keyError = null;
  session.credits = null;
});

describe('header', () => {
  it('never says Live in Practice mode, even when the key is read before the mode', async () => {
    render(Header);
    session.key = { hasKey: true, masked: '••••••4821' };
    await tick();
    expect(modeBadge()).toBe('Checking…');
    expect(screen.queryByText(/Credits/)).toBeNull();

    session.takeMode({ practice: true, otherService: null, lastLiveBalance: null });
    await tick();
    expect(modeBadge()).toBe('Practice');
    expect(screen.getByText(/Practice — no real calls are made/)).toBeInTheDocument();
    expect(screen.getByText(/Practice credits/)).toBeInTheDocument();
  });

  it('says Live with the account credits once the mode is known to be live', async () => {
    render(Header);
    session.key = { hasKey: true, masked: '••••••4821' };
    session.takeMode({ practice: false, otherService: null, lastLiveBalance: { credits: 12, atMs: Date.now() } });
    await tick();
    expect(modeBadge()).toBe('Live');
    expect(screen.getByText(/Credits: 12, as of/)).toBeInTheDocument();
    expect(screen.queryByText(/Practice/)).toBeNull();
  });
});
