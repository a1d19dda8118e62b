// What the window keeps across a restart or a crash: the form as typed, the history's filters and order, the player's
// speed and volume. tauri-plugin-store writes them to a file of their own beside preferences.json as they change.
// Never the key, and nothing the placing path relies on (the mode and the service's address stay in preferences.json).
import { load, type Store } from '@tauri-apps/plugin-store';
import { api } from './api';

export const KEPT_FILE = 'window-state.json';

/** Everything kept, by name. */
export type KeptValues = {
  form: unknown;
  filters: unknown;
  player: { speed: number; volume: number };
};

class Kept {
  private store: Store | null = null;
  private values: Partial<KeptValues> = {};
  /** What the person should know about the kept file (it was damaged and set aside). */
  notices = $state<string[]>([]);
  /** Resolves once what was kept has been read (or could not be). */
  readonly ready: Promise<void>;
  private opened!: () => void;

  constructor() {
    this.ready = new Promise((resolve) => (this.opened = resolve));
  }

  /** Reads what was kept. A damaged file is set aside by Rust first (never deleted), and the window starts empty. */
  async open(): Promise<void> {
    try {
      const notice = await api.checkKeptFile();
      if (notice) this.notices = [notice];
      this.store = await load(KEPT_FILE, { autoSave: 300, defaults: {} });
    } catch (error) {
      // Without the file the window still works; it only forgets on restart.
      console.error(error);
      this.store = null;
    }
    if (this.store) {
      for (const [key, value] of await this.store.entries()) {
        (this.values as Record<string, unknown>)[key] = value;
      }
    }
    this.opened();
  }

  get<K extends keyof KeptValues>(key: K): KeptValues[K] | undefined {
    return this.values[key];
  }

  /** Keeps `value`; written to disk a moment later (several changes in a row are one write). */
  set<K extends keyof KeptValues>(key: K, value: KeptValues[K]): void {
    this.values[key] = value;
    this.store?.set(key, value).catch((error: unknown) => console.error(error));
  }
}

export const kept = new Kept();
