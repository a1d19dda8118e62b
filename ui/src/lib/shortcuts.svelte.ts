// The window's keyboard shortcuts, in one list: which keys do what, how the keys are written (Ctrl on Linux and
// Windows, ⌘ on macOS, in the person's language), and what Escape closes. The list on F1 shows them from here.
import { t, written } from './i18n.svelte';
import { session } from './session.svelte';

const onMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export interface Shortcut {
  /** The keys as the person presses them, each key's name in their language. */
  keys: string[];
  /** What the shortcut does, as a message id. */
  does: string;
}

/** The key that goes with letters: Ctrl, or ⌘ on macOS. */
function command(): string {
  return onMac ? '⌘' : t('key-ctrl');
}

/** A key named by what is printed on it (a letter, F1), the same in every language. */
function key(cap: string): string {
  return written(cap);
}

/** True while the person types in a text field (where `?` and Space are text). */
function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

class Shortcuts {
  /** The list of shortcuts is on screen. */
  shown = $state(false);
  /** What is open on top (a confirmation, the list), newest last: Escape closes the newest. */
  private closers: Array<() => void> = [];
  /** The ids of the calls the history lists, in order (set by the list while it is on screen). */
  listed: () => number[] = () => [];
  /** Plays or pauses the recording of the call on screen (set by the player while it is on screen). */
  playOrPause: (() => void) | null = null;

  /** Every shortcut, for the list. */
  all(): Shortcut[] {
    return [
      { keys: [command(), key('N')], does: 'shortcut-new-call' },
      { keys: [command(), key('F')], does: 'shortcut-search' },
      { keys: [command(), t('key-enter')], does: 'shortcut-review' },
      { keys: [t('key-escape')], does: 'shortcut-back' },
      { keys: [t('key-alt'), '↓'], does: 'shortcut-next-call' },
      { keys: [t('key-alt'), '↑'], does: 'shortcut-previous-call' },
      { keys: [t('key-space')], does: 'shortcut-play' },
      { keys: [command(), key(',')], does: 'shortcut-settings' },
      { keys: [key('F1')], does: 'shortcut-list' },
    ];
  }

  /** How a shortcut is written in a button's hint: "Ctrl+N". */
  written(does: string): string {
    return this.all()
      .find((shortcut) => shortcut.does === does)!
      .keys.join('+');
  }

  /** Keeps `close` for Escape while what it closes is open; returns the function that forgets it. */
  onTop(close: () => void): () => void {
    this.closers.push(close);
    return () => {
      const at = this.closers.lastIndexOf(close);
      if (at >= 0) this.closers.splice(at, 1);
    };
  }

  /** Acts on a key pressed anywhere in the window; leaves every other key alone. */
  handle(event: KeyboardEvent): void {
    // Taken care of where it was pressed (the player's own keys, say).
    if (event.defaultPrevented) return;
    const withCommand = onMac ? event.metaKey : event.ctrlKey;
    const key = event.key.toLowerCase();
    const act = (action: () => void) => {
      event.preventDefault();
      action();
    };
    if (withCommand && !event.altKey && key === 'n') act(() => session.newCall());
    else if (withCommand && !event.altKey && key === 'f') act(() => this.search());
    else if (withCommand && key === ',') act(() => (session.screen = 'settings'));
    else if (withCommand && key === 'enter') act(() => this.review());
    else if (key === 'f1' || (key === '?' && !typing(event.target))) act(() => (this.shown = !this.shown));
    else if (key === 'escape') act(() => this.back());
    else if (event.altKey && (key === 'arrowdown' || key === 'arrowup'))
      act(() => this.step(key === 'arrowdown' ? 1 : -1));
    else if (key === ' ' && session.screen === 'call' && this.playOrPause && !typing(event.target)) {
      // A focused button's own Space is its click.
      if ((event.target as HTMLElement | null)?.tagName !== 'BUTTON') act(this.playOrPause);
    }
  }

  private search(): void {
    const box = document.getElementById('history-search');
    box?.focus();
  }

  /** Opens the confirmation from the New call form; it never places a call. */
  private review(): void {
    if (session.screen !== 'home') return;
    const form = document.getElementById('new-call-form');
    if (form instanceof HTMLFormElement) form.requestSubmit();
  }

  private back(): void {
    const close = this.closers.pop();
    if (close) close();
    else if (session.screen !== 'home') session.newCall();
  }

  private step(by: number): void {
    const ids = this.listed();
    if (ids.length === 0) return;
    // From another screen, the list starts at its first (or last) call.
    const at = session.screen === 'call' && session.openCallId !== null ? ids.indexOf(session.openCallId) : -1;
    const next = at === -1 ? (by > 0 ? 0 : ids.length - 1) : Math.min(Math.max(at + by, 0), ids.length - 1);
    session.openCall(ids[next]);
  }
}

export const shortcuts = new Shortcuts();
