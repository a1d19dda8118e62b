import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../lib/api';
import { aRecord } from '../lib/test-records';
import CallView from './CallView.svelte';

const record: CallRecord = aRecord({
  id: 5,
  callId: null,
  simulated: true,
  phone: '+14155550132',
  business: "Luigi's",
  objective: 'Ask about returns',
  createdAtMs: Date.now(),
  progress: 'may_be_placed',
  lastError:
    'AgentPhone may have placed this call, but could not confirm it. Check your calls at agentphone.app before you call again, or press Check again.',
});

describe('call view', () => {
  it('says plainly a call may have been placed, and shows why checking again did not work', async () => {
    mockIPC(
      (cmd) => {
        if (cmd === 'get_call') return { record, turns: [], recordingDownloading: false, followUps: [] };
        if (cmd === 'labels_in_use') return [];
        if (cmd === 'check_call_again') {
          throw { kind: 'wrong_mode', message: 'This is a practice call. Turn Practice mode on to check it again.' };
        }
        if (cmd === 'business_for') return null;
        throw new Error(`unexpected ${cmd}`);
      },
      { shouldMockEvents: true },
    );
    const user = userEvent.setup();
    render(CallView, { id: 5 });

    // Rust's words, said once.
    expect(await screen.findAllByText(/AgentPhone may have placed this call, but could not confirm it/)).toHaveLength(
      1,
    );
    expect(screen.getByRole('button', { name: 'Open agentphone.app' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Turn Practice mode on to check it again.');
  });

  it('offers to download the recording only while no download of it runs', async () => {
    const finished: CallRecord = {
      ...record,
      progress: 'finished',
      status: 'completed',
      ended: true,
      outcome: 'achieved',
      summary: 'Returns within 30 days.',
      recordingUrl: 'https://cdn.example.com/r.wav',
      lastError: null,
    };
    let downloading = true;
    const asked: string[] = [];
    mockIPC(
      (cmd) => {
        asked.push(cmd);
        if (cmd === 'get_call')
          return { record: finished, turns: [], recordingDownloading: downloading, followUps: [] };
        if (cmd === 'labels_in_use') return [];
        if (cmd === 'download_recording') return '/data/recordings/call-5.wav';
        if (cmd === 'business_for') return null;
        throw new Error(`unexpected ${cmd}`);
      },
      { shouldMockEvents: true },
    );
    const user = userEvent.setup();
    const view = render(CallView, { id: 5 });
    expect(await screen.findByText(/Saving the recording on this computer/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Download the recording/ })).toBeNull();
    view.unmount();

    downloading = false;
    render(CallView, { id: 5 });
    await user.click(await screen.findByRole('button', { name: 'Download the recording' }));
    expect(asked.filter((cmd) => cmd === 'download_recording')).toHaveLength(1);
  });
});
