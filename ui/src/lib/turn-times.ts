// The service gives no time for each turn, so they are estimated: the
// recording's length shared out by how much each turn says.

/** Start of each turn in milliseconds, by the length of its text. */
export function turnStarts(texts: string[], durationMs: number): number[] {
  const weights = texts.map((text) => Math.max(1, text.length));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let at = 0;
  return weights.map((weight) => {
    const start = at;
    at += (durationMs * weight) / total;
    return start;
  });
}

/** The turn being spoken at `positionMs`, or -1 before the first. */
export function turnAt(starts: number[], positionMs: number): number {
  let index = -1;
  starts.forEach((start, i) => {
    if (start <= positionMs) index = i;
  });
  return index;
}
