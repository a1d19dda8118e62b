// Where the player is, shared with the transcript that marks the turn
// being spoken and jumps on a click.

class Playback {
  /** The call whose recording the player shows, or null. */
  callId = $state<number | null>(null);
  positionMs = $state(0);
  /** Set by the player while it is on screen. */
  seek = $state<((ms: number) => void) | null>(null);
}

export const playback = new Playback();
