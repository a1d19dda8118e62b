// One way to run something the person asked for: a failure becomes the
// plain-words `AppError` handed to `onError`, never an unhandled rejection.
import { toAppError, type AppError } from './api';

/** Runs `work`; resolves to its value, or to `undefined` after `onError` got the failure. */
export async function attempt<T>(work: () => Promise<T>, onError: (error: AppError) => void): Promise<T | undefined> {
  try {
    return await work();
  } catch (caught) {
    onError(toAppError(caught));
    return undefined;
  }
}
