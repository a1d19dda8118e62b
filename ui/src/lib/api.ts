// The one place the UI talks to the Rust side. Components import `api`,
// never `@tauri-apps/api` directly, so tests can mock IPC here alone.
import { invoke } from '@tauri-apps/api/core';
import { words } from './i18n.svelte';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { Business } from './bindings/Business';
import type { BusinessForm } from './bindings/BusinessForm';
import type { BusinessPage } from './bindings/BusinessPage';
import type { BusinessSaved } from './bindings/BusinessSaved';
import type { CallForm } from './bindings/CallForm';
import type { Caller } from './bindings/Caller';
import type { CallerSaved } from './bindings/CallerSaved';
import type { AppMode } from './bindings/AppMode';
import type { Balance } from './bindings/Balance';
import type { CallDetails } from './bindings/CallDetails';
import type { CallListItem } from './bindings/CallListItem';
import type { CallRecord } from './bindings/CallRecord';
import type { Confirmation } from './bindings/Confirmation';
import type { Confirmed } from './bindings/Confirmed';
import type { EngineEvent } from './bindings/EngineEvent';
import type { EventName } from './bindings/EventName';
import type { ErrorKind } from './bindings/ErrorKind';
import type { ErrorPayload } from './bindings/ErrorPayload';
import type { FormCheck } from './bindings/FormCheck';
import type { HistoryPage } from './bindings/HistoryPage';
import type { HistoryQuery } from './bindings/HistoryQuery';
import type { Kept } from './bindings/Kept';
import type { ModeChange } from './bindings/ModeChange';
import type { KeyStatus } from './bindings/KeyStatus';
import type { OutcomeFilter } from './bindings/OutcomeFilter';
import type { Overview } from './bindings/Overview';
import type { PlacedCall } from './bindings/PlacedCall';
import type { PlayerEvent } from './bindings/PlayerEvent';
import type { Preferences } from './bindings/Preferences';
import type { Retention } from './bindings/Retention';
import type { SavedKey } from './bindings/SavedKey';
import type { Shown } from './bindings/Shown';
import type { SheetKind } from './bindings/SheetKind';
import type { LinkOpened } from './bindings/LinkOpened';
import type { SitePage } from './bindings/SitePage';
import type { StartupState } from './bindings/StartupState';

export type {
  AppMode,
  Business,
  BusinessForm,
  BusinessPage,
  BusinessSaved,
  Caller,
  CallerSaved,
  LinkOpened,
  Balance,
  CallDetails,
  CallListItem,
  CallForm,
  CallRecord,
  Confirmation,
  Confirmed,
  EngineEvent,
  ErrorKind,
  FormCheck,
  HistoryPage,
  HistoryQuery,
  Kept,
  KeyStatus,
  OutcomeFilter,
  Overview,
  PlacedCall,
  PlayerEvent,
  Preferences,
  Retention,
  SitePage,
  StartupState,
};

/** The event the call engine reports on (see `startup.rs`). */
const ENGINE_EVENT: EventName = 'engine';
/** The event the player reports its position on. */
const PLAYER_EVENT: EventName = 'player';
const LINK_EVENT: EventName = 'link';

/** An error from the app, with the plain-language message to show. */
export class AppError extends Error {
  readonly kind: ErrorKind;
  /** Which message says it, and the facts it carries: for saying it in any language. */
  readonly code: string;
  readonly params: ErrorPayload['params'];

  constructor(payload: ErrorPayload) {
    // In the person's language from the code and facts; Rust's English if the catalogue lacks it.
    super((payload.code && words.say(payload.code, payload.params ?? {})) || payload.message);
    this.kind = payload.kind;
    this.code = payload.code;
    this.params = payload.params;
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
  // The system's own words go to the log, not on screen.
  console.error(error);
  return new AppError({
    kind: 'interrupted',
    code: 'interrupted',
    params: {},
    message:
      'AgentPhone stopped this step unexpectedly, so it was not done; nothing you typed is lost. Try again, and if it happens again, close AgentPhone and open it again.',
  });
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toAppError(error);
  }
}

/** Ends a listener once it is set up; one that never was set up has nothing to end. */
export function stopListening(listening: Promise<UnlistenFn>): void {
  listening.then((stop) => stop()).catch(() => undefined);
}

export const api = {
  keyStatus: () => call<KeyStatus>('key_status'),
  /** Checks the key with the service, then keeps it; a refused key is not kept (`key_refused`). */
  saveKey: (key: string) => call<SavedKey>('save_key', { key }),
  removeKey: () => call<KeyStatus>('remove_key'),
  checkCallForm: (form: CallForm) => call<FormCheck>('check_call_form', { form }),
  /** Checks the form afresh and answers what the confirmation shows. */
  prepareCall: (form: CallForm) => call<Confirmation>('prepare_call', { form }),
  /** Places the call only if what the person confirmed still holds. */
  placeCall: (form: CallForm, confirmed: Confirmed) => call<PlacedCall>('place_call', { form, confirmed }),
  /** Confirms the call for `atMs`; Rust places it then, while the app runs. Resolves to its id. */
  scheduleCall: (form: CallForm, confirmed: Confirmed, atMs: number) =>
    call<number>('schedule_call', { form, confirmed, atMs }),
  /**
   * Places a scheduled (or missed) call now; `despiteUnconfirmed` once the person was told a call to
   * the number may already have been placed.
   */
  callNow: (id: number, despiteUnconfirmed = false) => call<PlacedCall>('call_now', { id, despiteUnconfirmed }),
  rescheduleCall: (id: number, atMs: number) => call<void>('reschedule_call', { id, atMs }),
  /** Saves the person's note on a call. */
  setNote: (id: number, note: string) => call<void>('set_note', { id, note }),
  /** Sets a call's labels; answers what Rust kept. */
  setLabels: (id: number, labels: string[]) => call<string[]>('set_labels', { id, labels }),
  labelsInUse: () => call<string[]>('labels_in_use'),
  /** Calls since `sinceMs`: how many, share achieved, live credits used, average length. */
  overview: (sinceMs: number) => call<Overview>('overview', { sinceMs }),
  /** Asks where to save the calls matching `query` as CSV or for Excel; resolves to the path, or null if cancelled. */
  exportCalls: (query: HistoryQuery, withTranscript: boolean, kind: SheetKind = 'csv') =>
    call<string | null>('export_calls', {
      query,
      utcOffsetMinutes: -new Date().getTimezoneOffset(),
      withTranscript,
      kind,
    }),
  listCalls: (query: HistoryQuery) => call<HistoryPage>('list_calls', { query }),
  getCall: (id: number) => call<CallDetails | null>('get_call', { id }),
  checkCallAgain: (id: number) => call<void>('check_call_again', { id }),
  /** Without `evenIfOnItsWay`, a call that may already be ringing is refused (`call_on_its_way`). */
  deleteCall: (id: number, evenIfOnItsWay = false) => call<void>('delete_call', { id, evenIfOnItsWay }),
  /** Asks where to save the call as Markdown; resolves to the path, or null if the person cancelled. */
  exportCall: (id: number) => call<string | null>('export_call', { id }),
  /** Opens the mail program with the call in a message; the app sends nothing. */
  emailCall: (id: number, withTranscript: boolean) => call<null>('email_call', { id, withTranscript }),
  /** What the window needs once: the mode, the default country, start-up notices. */
  startupState: () => call<StartupState>('startup_state'),
  downloadRecording: (id: number) => call<string>('download_recording', { id }),
  playRecording: (id: number) => call<void>('play_recording', { id }),
  pausePlayback: () => call<void>('pause_playback'),
  resumePlayback: () => call<void>('resume_playback'),
  seekPlayback: (positionMs: number) =>
    call<void>('seek_playback', { positionMs: Math.max(0, Math.round(positionMs)) }),
  setPlaybackSpeed: (speed: number) => call<void>('set_playback_speed', { speed }),
  setPlaybackVolume: (volume: number) => call<void>('set_playback_volume', { volume }),
  stopPlayback: () => call<void>('stop_playback'),
  saveRecordingAs: (id: number) => call<string | null>('save_recording_as', { id }),
  onPlayerEvent: (handler: (event: PlayerEvent) => void): Promise<UnlistenFn> =>
    listen<PlayerEvent>(PLAYER_EVENT, (event) => handler(event.payload)),
  /** Opens a fixed agentphone.app page (the dashboard, or where keys are made). */
  openAgentPhoneSite: (page: SitePage = 'dashboard') => call<void>('open_agentphone_site', { page }),
  appMode: () => call<AppMode>('app_mode'),
  /** Switches mode; answers the mode now, the real calls held while Practice is on, and the times missed. */
  setPracticeMode: (practice: boolean) => call<ModeChange>('set_practice_mode', { practice }),
  getPreferences: () => call<Preferences>('get_preferences'),
  /** Keeps a new business or changes a kept one; answers it, or what needs fixing. */
  keepBusiness: (business: BusinessForm) => call<BusinessSaved>('keep_business', { business }),
  /** A kept business and its calls, newest first; null once it is forgotten. */
  businessPage: (id: number) => call<BusinessPage | null>('business_page', { id }),
  /** The kept business with this number (E.164), if any. */
  businessFor: (phone: string) => call<Business | null>('business_for', { phone }),
  /** Kept businesses matching what is typed (name, note, website, digits of the number). */
  findBusinesses: (text: string) => call<Business[]>('find_businesses', { text }),
  /** Forgets a business; its calls stay. */
  forgetBusiness: (id: number) => call<boolean>('forget_business', { id }),
  /** Who the calls are made for (Settings → You); a national callback number belongs to `country`. */
  setCaller: (caller: Caller, country: string) => call<CallerSaved>('set_caller', { caller, country }),
  /** A language's message catalogue (Fluent), as Rust carries it. */
  catalogue: (language: string) => call<string>('catalogue', { language }),
  /** Tells the log what is on screen now (the start-up benchmark reads it). */
  shown: (what: Shown) => call<null>('shown', { what }),
  /** Speaks `language` from now on (null: the system's); answers the language spoken. */
  setLanguage: (language: string | null) => call<string>('set_language', { language }),
  /** Sets a damaged file of what the window keeps aside (never deleting it); answers what to tell the person, if anything. */
  checkKeptFile: () => call<string | null>('check_kept_file'),
  /** How many recordings or calls `rule` would delete now. */
  retentionPreview: (rule: Retention) => call<number>('retention_preview', { rule }),
  /** Saves the rule (null: keep everything) and applies it; resolves to how many were deleted. */
  setRetention: (rule: Retention | null) => call<number>('set_retention', { rule }),
  setNotifyWhenDone: (notify: boolean) => call<Preferences>('set_notify_when_done', { notify }),
  /** Replaces the saved templates; answers what Rust kept. */
  setTemplates: (templates: string[]) => call<string[]>('set_templates', { templates }),
  /** Calls `handler` for every engine event until the returned function is called. */
  onEngineEvent: (handler: (event: EngineEvent) => void): Promise<UnlistenFn> =>
    listen<EngineEvent>(ENGINE_EVENT, (event) => handler(event.payload)),
  /** A `tel:` / `callto:` link opened with the app (a second launch hands it over). */
  onLinkOpened: (handler: (opened: LinkOpened) => void): Promise<UnlistenFn> =>
    listen<LinkOpened>(LINK_EVENT, (event) => handler(event.payload)),
};
