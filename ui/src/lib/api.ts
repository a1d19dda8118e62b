// The one place the UI talks to the Rust side. Components import `api`,
// never `@tauri-apps/api` directly, so tests can mock IPC here alone.
import { invoke } from '@tauri-apps/api/core';
import type { ErrorKind } from './bindings/ErrorKind';
import type { ErrorPayload } from './bindings/ErrorPayload';
import type { KeyStatus } from './bindings/KeyStatus';

export type { ErrorKind, KeyStatus };

/** An error from the app, with the plain-language message to show. */
export class AppError extends Error {
  readonly kind: ErrorKind;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.kind = payload.kind;
  }
}

function isPayload(value: unknown): value is ErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorPayload).kind === 'string' &&
    typeof (value as ErrorPayload).message === 'string'
  );
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isPayload(error)) return new AppError(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError({
    kind: 'internal',
    message: `Something went wrong inside AgentPhone (${detail}). Close the app and open it again; nothing you typed has been sent.`,
  });
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toAppError(error);
  }
}

export const api = {
  keyStatus: () => call<KeyStatus>('key_status'),
  saveKey: (key: string) => call<KeyStatus>('save_key', { key }),
  removeKey: () => call<KeyStatus>('remove_key'),
};
