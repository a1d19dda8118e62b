// The calls as the engine last told them: one store the call view, the history list and the overview read,
// so a change the engine reports is one update here, not a read of history by each of them.
import { SvelteMap } from 'svelte/reactivity';
import { api, stopListening, type CallDetails, type CallListItem } from './api';

/** What changed: a call as it stands now (with how it stood before, if known), or calls removed. */
export type CallsChange =
  { kind: 'changed'; call: CallDetails; before: CallDetails | undefined } | { kind: 'removed'; ids: number[] };

type Listener = (change: CallsChange) => void;

/** A call's line in the history list, from the call itself. */
export function listItemOf({ record }: CallDetails): CallListItem {
  return {
    id: record.id,
    simulated: record.simulated,
    phone: record.phone,
    phoneForPeople: record.phoneForPeople,
    business: record.business,
    progress: record.progress,
    status: record.status,
    outcome: record.outcome,
    createdAtMs: record.createdAtMs,
    scheduledAtMs: record.scheduledAtMs,
    labels: record.labels,
  };
}

class Calls {
  /** Each call read or told since the window opened, by id. */
  readonly byId = new SvelteMap<number, CallDetails>();
  private listeners = new Set<Listener>();
  private stop: (() => void) | null = null;

  /** Reads a call from history into the store (opening it, or after an action on it). */
  async load(id: number): Promise<CallDetails | null> {
    const details = await api.getCall(id);
    if (details) this.byId.set(id, details);
    else this.byId.delete(id);
    return details;
  }

  /** Calls `listener` on each change until the returned function is called; the first listener starts listening to the engine. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (!this.stop) {
      const listening = api.onEngineEvent((event) => {
        if (event.type === 'callChanged') {
          const before = this.byId.get(event.call.record.id);
          this.byId.set(event.call.record.id, event.call);
          this.tell({ kind: 'changed', call: event.call, before });
        } else if (event.type === 'callsRemoved') {
          for (const id of event.ids) this.byId.delete(id);
          this.tell({ kind: 'removed', ids: event.ids });
        }
      });
      this.stop = () => stopListening(listening);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.stop) {
        this.stop();
        this.stop = null;
      }
    };
  }

  private tell(change: CallsChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

export const calls = new Calls();
