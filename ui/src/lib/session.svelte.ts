// App-wide state shared by the header, the sidebar and the screens.
import type { Country } from './bindings/Country';
import { defaultCountry } from './countries';
import {
  api,
  stopListening,
  toAppError,
  type AppError,
  type AppMode,
  type CallForm,
  type LinkOpened,
  type Business,
  type BusinessForm,
  type Caller,
  type CallListItem,
  type CallRecord,
  type Confirmed,
  type KeyStatus,
  type PlacedCall,
} from './api';
import { words } from './i18n.svelte';
import { kept } from './kept.svelte';
import type { Language } from './bindings/Language';

export type Screen = 'home' | 'settings' | 'call' | 'business';

class Session {
  screen = $state<Screen>('home');
  /** The call "Try again later…" was chosen on; `openLater` until the form has opened the confirmation for it. */
  retrying = $state<{ id: number; openLater: boolean } | null>(null);
  /** What the last `tel:` link did to the form: filled in its number, or nothing (it held none). */
  linkNote = $state<'filled' | 'refused' | null>(null);
  /** "New call" was chosen: the form puts the cursor in the number, then clears this. */
  numberWanted = $state(false);
  key = $state<KeyStatus | null>(null);
  /** Practice mode: calls go to the simulator inside the app. */
  practice = $state(false);
  /** Start-up has said which mode the app is in (until then `practice` is only a guess). */
  modeKnown = $state(false);
  /** Real calls go to this address instead of agentphone.app (a proxy, say). */
  otherService = $state<string | null>(null);
  /** The call shown on the call screen. */
  openCallId = $state<number | null>(null);
  /** The kept business shown on the business screen; null with `businessDraft`: one being kept. */
  openBusinessId = $state<number | null>(null);
  /** A business about to be kept (from a call), as the business screen's form starts. */
  businessDraft = $state<BusinessForm | null>(null);
  /** The languages a kept business may speak (tags), from Rust. */
  spokenLanguages = $state<string[]>([]);
  /** The new-call form as typed; kept here so nothing is lost on any error or screen change. */
  form = $state<CallForm>({
    phone: '',
    country: '',
    businessName: '',
    website: '',
    objective: '',
    follows: null,
    forCaller: true,
    voicemail: '',
    speaks: '',
  });
  /** Who the calls are made for (Settings → You), with name and organisation as one (`who`); null when not set. */
  caller = $state<(Caller & { who: string }) | null>(null);
  keyError = $state<AppError | null>(null);
  /**
   * Credits left in the current mode, as the service last said and when; null when unknown.
   * Practice credits are made up and never shown as the account's.
   */
  credits = $state<{ count: number; atMs: number } | null>(null);
  /** The person switched mode since `follow` began. */
  private switched = false;
  /** Every country a number may belong to, from Rust. */
  countries = $state<Country[]>([]);
  /** The system's language (BCP 47), for country names. */
  language = $state<string | null>(null);
  /**
   * The call the new one follows up ("Follow up…"), shown as one thread: what was asked and answered
   * is shown read-only; Rust puts it before what to do now in what is sent.
   */
  follows = $state<{ id: number; who: string; asked: string; answer: string | null } | null>(null);
  /** Scheduled calls whose time came while the app was closed: asked about on the home screen. */
  missed = $state<CallListItem[]>([]);
  /** The call being placed right now (its request on its way), kept across screens. */
  placing = $state<CallForm | null>(null);
  /** Real calls scheduled for later, which are not placed while Practice mode is on. */
  heldByPractice = $state<CallListItem[]>([]);
  /** What start-up had to tell the person (a file set aside, say). */
  notices = $state<string[]>([]);
  /** Every language the app speaks, each named in itself. */
  languages = $state<Language[]>([]);

  /** Loads start-up notices and follows app-wide engine news. Returns a stop function. */
  follow(): () => void {
    this.switched = false;
    api
      .startupState()
      .then((start) => {
        // A switch made meanwhile is newer than what start-up saw.
        if (!this.switched) this.takeMode(start.mode);
        this.countries = start.countries;
        this.language = start.language;
        if (!this.form.country) {
          this.form.country = start.defaultCountry ?? defaultCountry(start.language, start.countries);
        }
        this.notices = [...start.notices, ...kept.notices];
        this.languages = start.languages;
        this.spokenLanguages = start.spokenLanguages;
        words.system = start.language;
        words.speak(start.speaks).catch((error: unknown) => console.error(error));
        this.missed = start.missed;
        this.caller = start.caller ? { ...start.caller, who: start.callerWho ?? '' } : null;
        if (start.link) this.openLink(start.link);
      })
      .catch((error) => {
        this.modeKnown = true;
        this.form.country ||= 'US';
        this.notices = [toAppError(error).message];
      });
    const links = api.onLinkOpened((opened) => this.openLink(opened));
    const listening = api.onEngineEvent((event) => {
      if (event.type === 'credits' && event.practice === this.practice) {
        this.credits = { count: event.remaining, atMs: Date.now() };
      }
    });
    return () => {
      stopListening(listening);
      stopListening(links);
    };
  }

  /**
   * Puts back the form as it was typed before a restart or a crash (unless typing has begun since), then keeps it as it
   * changes.
   */
  restoreForm(): () => void {
    const saved = kept.get('form') as
      { form?: Partial<Record<keyof CallForm, unknown>>; follows?: unknown } | undefined;
    const untouched = !this.form.phone && !this.form.businessName && !this.form.website && !this.form.objective;
    if (saved?.form && untouched) {
      for (const field of [
        'phone',
        'country',
        'businessName',
        'website',
        'objective',
        'voicemail',
        'speaks',
      ] as const) {
        const value = saved.form[field];
        if (typeof value === 'string') this.form[field] = value;
      }
      if (typeof saved.form.forCaller === 'boolean') this.form.forCaller = saved.form.forCaller;
      const follows = saved.follows as Session['follows'];
      if (typeof saved.form.follows === 'number' && follows && typeof follows.id === 'number') {
        this.form.follows = saved.form.follows;
        this.follows = follows;
      }
    }
    return $effect.root(() => {
      $effect(() => {
        kept.set('form', { form: $state.snapshot(this.form), follows: $state.snapshot(this.follows) });
      });
    });
  }

  /** Takes what the app says of its mode; the credits shown belong to that mode. */
  takeMode(mode: AppMode): void {
    this.practice = mode.practice;
    this.modeKnown = true;
    this.otherService = mode.otherService;
    const balance = mode.lastLiveBalance;
    this.credits = balance ? { count: balance.credits, atMs: balance.atMs } : null;
  }

  /**
   * A clicked `tel:` link: the New call form with its number, for the person to check, say what the agent should do
   * and confirm. Nothing is ever placed from a link.
   */
  openLink(opened: LinkOpened): void {
    this.screen = 'home';
    if (opened.number === null) {
      this.linkNote = 'refused';
      return;
    }
    this.separate();
    this.form.phone = opened.number;
    this.linkNote = 'filled';
  }

  /** Opens the New call form with the cursor in the number. */
  newCall(): void {
    this.linkNote = null;
    this.screen = 'home';
    this.numberWanted = true;
  }

  /** Fills the New call form from an earlier call: to call again, or to follow it up. */
  callAgain(record: CallRecord, followUp: boolean): void {
    this.retrying = null;
    Object.assign(this.form, {
      phone: record.phone,
      businessName: record.business ?? '',
      website: record.website ?? '',
      // A follow-up starts empty: what to do now is the person's to say.
      objective: followUp ? '' : record.objective,
      follows: followUp ? record.id : null,
    });
    this.follows = followUp
      ? {
          id: record.id,
          who: record.business ?? record.phoneForPeople,
          asked: record.objective,
          answer: record.summary,
        }
      : null;
    this.screen = 'home';
    // A kept business's language comes along.
    const phone = record.phone;
    api
      .businessFor(phone)
      .then((business) => {
        if (business && this.form.phone === phone) this.form.speaks = business.speaks;
      })
      .catch(() => undefined);
  }

  /** A new call to a kept business: the New call form with it filled in. */
  callBusiness(business: Business): void {
    this.separate();
    this.fillBusiness(business);
    this.screen = 'home';
  }

  /** Fills the form's number, name, website and language from a kept business; what the agent should do stays. */
  fillBusiness(business: Business): void {
    Object.assign(this.form, {
      phone: business.phoneForPeople,
      businessName: business.name,
      website: business.website,
      speaks: business.speaks,
    });
  }

  /** Empties the form once its call is placed or scheduled. */
  clearForm(): void {
    Object.assign(this.form, { phone: '', businessName: '', website: '', objective: '', voicemail: '', speaks: '' });
  }

  openBusiness(id: number): void {
    this.businessDraft = null;
    this.openBusinessId = id;
    this.screen = 'business';
  }

  /** "Keep this business…" on a call: the business screen's form, filled from the call. */
  keepBusiness(record: CallRecord): void {
    this.openBusinessId = null;
    this.businessDraft = {
      id: null,
      name: record.business ?? '',
      phone: record.phoneForPeople,
      country: this.form.country,
      website: record.website ?? '',
      note: '',
      speaks: '',
    };
    this.screen = 'business';
  }

  /**
   * Places the confirmed call. Once it is placed the form is emptied only if it still holds that call
   * (never what was typed since), and the call opens if the person is still on the form.
   */
  async place(form: CallForm, confirmed: Confirmed): Promise<PlacedCall> {
    this.placing = { ...form };
    try {
      const placed = await api.placeCall(form, confirmed);
      const same = (Object.keys(form) as (keyof CallForm)[]).every((field) => this.form[field] === form[field]);
      if (same) {
        this.separate();
        this.clearForm();
      }
      if (this.screen === 'home') this.openCall(placed.id);
      return placed;
    } finally {
      this.placing = null;
    }
  }

  /** The next call follows up nothing. */
  separate(): void {
    this.follows = null;
    this.form.follows = null;
    this.retrying = null;
  }

  /**
   * "Try again later…": the same details, straight to the confirmation with the Call later picker open; the new call
   * is linked to this one, as a follow-up is.
   */
  tryAgainLater(record: CallRecord): void {
    this.callAgain(record, false);
    this.retrying = { id: record.id, openLater: true };
  }

  openCall(id: number): void {
    this.openCallId = id;
    this.screen = 'call';
  }

  async setPractice(practice: boolean): Promise<void> {
    this.switched = true;
    try {
      const change = await api.setPracticeMode(practice);
      this.takeMode(change.mode);
      this.heldByPractice = change.switched.scheduledLive;
      const known = new Set(this.missed.map((call) => call.id));
      this.missed = [...this.missed, ...change.switched.missed.filter((call) => !known.has(call.id))];
    } catch (error) {
      // The switch may have half happened: show the mode the engine really has.
      try {
        this.takeMode(await api.appMode());
      } catch {
        // Nothing more to learn; the caller shows the first error.
      }
      throw error;
    }
    this.screen = 'home';
  }

  async refreshKey(): Promise<void> {
    try {
      this.key = await api.keyStatus();
      this.keyError = null;
    } catch (error) {
      this.keyError = toAppError(error);
    }
  }
}

export const session = new Session();
