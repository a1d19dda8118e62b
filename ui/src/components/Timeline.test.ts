import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { callState } from '../lib/call-state';
import { aRecord } from '../lib/test-records';
import Timeline from './Timeline.svelte';

const placedAt = 1_000_000;

function steps() {
  return screen.getAllByRole('listitem');
}

describe('timeline', () => {
  it('ticks only the steps the call reached and marks where it is now', () => {
    const running = aRecord({
      status: 'dialing',
      timeline: [
        { status: 'queued', atMs: placedAt + 1_000 },
        { status: 'dialing', atMs: placedAt + 3_000 },
      ],
    });
    render(Timeline, { call: callState(running) });
    const [queued, dialing, talking, end] = steps();
    expect(queued).toHaveClass('done');
    expect(dialing).toHaveAttribute('aria-current', 'step');
    expect(dialing).not.toHaveClass('done');
    expect(talking).not.toHaveClass('done');
    expect(end).not.toHaveClass('done');
  });

  it('ends a failed call with its result, never ticked as done', () => {
    const failed = aRecord({
      status: 'failed',
      ended: true,
      progress: 'finished',
      timeline: [
        { status: 'queued', atMs: placedAt + 1_000 },
        { status: 'dialing', atMs: placedAt + 3_000 },
        { status: 'failed', atMs: placedAt + 40_000 },
      ],
    });
    render(Timeline, { call: callState(failed) });
    const [queued, dialing, talking, end] = steps();
    expect(queued).toHaveClass('done');
    expect(dialing).toHaveClass('done');
    // It never got to talking.
    expect(talking).not.toHaveClass('done');
    expect(end).toHaveClass('failed');
    expect(end).not.toHaveClass('done');
    expect(screen.queryByRole('listitem', { current: 'step' })).toBeNull();
  });
});
