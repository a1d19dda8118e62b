import { describe, expect, it } from 'vitest';
import { turnAt, turnStarts } from './turn-times';

describe('estimated turn times', () => {
  it('shares the duration out by the length of each turn', () => {
    expect(turnStarts(['aaaa', 'aaaa', 'aaaaaaaa'], 16_000)).toEqual([0, 4_000, 8_000]);
  });

  it('finds the turn being spoken', () => {
    const starts = [0, 4_000, 8_000];
    expect(turnAt(starts, 0)).toBe(0);
    expect(turnAt(starts, 5_000)).toBe(1);
    expect(turnAt(starts, 60_000)).toBe(2);
  });
});
