import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import type { CallListItem } from '../lib/api';
import HistorySidebar from './HistorySidebar.svelte';

function item(id: number, business: string, progress: CallListItem['progress']): CallListItem {
  return {
    id,
    simulated: false,
    phone: '+14155550132',
    phoneForPeople: '+1 415-555-0132',
    business,
    progress,
    status: null,
    outcome: null,
    createdAtMs: Date.now(),
    scheduledAtMs: null,
    labels: [],
  };
}

/** History behind the IPC mock; a call that may be ringing is removed only when asked to. */
function fakeHistory(items: CallListItem[]) {
  const deletes: unknown[] = [];
  mockIPC(
    (cmd, args) => {
      if (cmd === 'list_calls') return { items, total: items.length, businesses: [] };
      if (cmd === 'delete_call') {
        deletes.push(args);
        const { id, evenIfOnItsWay } = args as { id: number; evenIfOnItsWay: boolean };
        const found = items.find((call) => call.id === id);
        if (found?.progress === 'watching' && !evenIfOnItsWay) {
          throw { kind: 'call_on_its_way', message: 'This call may already be ringing.' };
        }
        items = items.filter((call) => call.id !== id);
        return null;
      }
      throw new Error(`unexpected ${cmd}`);
    },
    { shouldMockEvents: true },
  );
  return deletes;
}

describe('history sidebar', () => {
  it('asks before removing a call that may already be ringing, then removes it', async () => {
    const deletes = fakeHistory([item(3, "Luigi's", 'watching')]);
    const user = userEvent.setup();
    render(HistorySidebar);

    await user.click(await screen.findByRole('button', { name: "Remove call to Luigi's" }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This call may already be ringing. Removing it only takes it off this list — it does not stop the call. Remove it anyway?',
    );
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText("Luigi's", { selector: '.visually-hidden' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: "Remove call to Luigi's" }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await user.click(await screen.findByRole('button', { name: 'Remove anyway' }));
    expect(await screen.findByText(/No calls yet/)).toBeInTheDocument();
    expect(deletes).toEqual([
      { id: 3, evenIfOnItsWay: false },
      { id: 3, evenIfOnItsWay: false },
      { id: 3, evenIfOnItsWay: true },
    ]);
  });

  it('removes a call waiting to retry without the ringing question', async () => {
    const deletes = fakeHistory([item(4, 'Gym', 'waiting')]);
    const user = userEvent.setup();
    render(HistorySidebar);

    await user.click(await screen.findByRole('button', { name: 'Remove call to Gym' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText(/No calls yet/)).toBeInTheDocument();
    expect(deletes).toEqual([{ id: 4, evenIfOnItsWay: false }]);
  });

  it('labels calls waiting to retry and calls that could not be confirmed', async () => {
    fakeHistory([item(1, 'Gym', 'waiting'), item(2, 'Shop', 'may_be_placed')]);
    render(HistorySidebar);
    const list = await screen.findByRole('list', { name: 'Calls' });
    expect(await within(list).findByText('Waiting to retry')).toBeInTheDocument();
    expect(within(list).getByText('Not confirmed')).toBeInTheDocument();
  });
});
