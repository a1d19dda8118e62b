import { describe, expect, it } from 'vitest';
import { attempt } from './action';
import type { AppError } from './api';

describe('attempt', () => {
  it('hands a failure over in plain words and resolves', async () => {
    const seen: AppError[] = [];
    const value = await attempt(
      () => Promise.reject({ kind: 'network', message: 'Check your internet connection.' }),
      (error) => seen.push(error),
    );
    expect(value).toBeUndefined();
    expect(seen.map((error) => [error.kind, error.message])).toEqual([['network', 'Check your internet connection.']]);
  });

  it('returns what the work gave and reports nothing', async () => {
    const seen: AppError[] = [];
    expect(
      await attempt(
        () => Promise.resolve(7),
        (error) => seen.push(error),
      ),
    ).toBe(7);
    expect(seen).toEqual([]);
  });
});
