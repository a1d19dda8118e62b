// The window's words in the person's language, from the message catalogues Rust carries (ui/messages/*.ftl,
// Fluent; each is in the app once). Which languages exist and which one is spoken is Rust's to say (start-up state,
// Settings). English loads before the first screen (`start`), another catalogue when it is chosen.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/** Where a language's catalogue comes from: Rust in the app, the files in tests. */
export type Catalogues = (tag: string) => Promise<string>;

/** The facts a message carries, by name, as they cross from Rust. */
export type Facts = Record<string, string | number | boolean | null>;

function bundleOf(tag: string, source: string): FluentBundle {
  // Marks that keep a fact's direction apart only matter right to left.
  const bundle = new FluentBundle(tag, { useIsolating: tag === 'ar' });
  const faults = bundle.addResource(new FluentResource(source));
  if (faults.length > 0) console.error(`the ${tag} catalogue:`, faults);
  return bundle;
}

class Words {
  /** The language the window speaks now (a tag Rust chose: `de`, `pt-BR`). */
  language = $state('en');
  /** The system's language with its region (`de-AT`), from Rust at start-up. */
  system = $state<string | null>(null);

  /**
   * How dates, times, numbers and country names are written: the system's own locale when it speaks the same
   * language (`de-AT` keeps Austrian dates), else the language spoken.
   */
  locale(): string {
    const primary = (tag: string) => tag.split('-')[0].toLowerCase();
    return this.system && primary(this.system) === primary(this.language) ? this.system : this.language;
  }
  private bundle = $state<FluentBundle | null>(null);
  /** Where a message the spoken language lacks is taken from. */
  private english: FluentBundle | null = null;
  private catalogues: Catalogues = () => Promise.reject(new Error('no catalogues yet'));

  /** Loads English, the words of the first screen and the fallback of every other language. */
  async start(catalogues: Catalogues): Promise<void> {
    this.catalogues = catalogues;
    this.english = bundleOf('en', await catalogues('en'));
    this.bundle ??= this.english;
  }

  /** Speaks `tag` from now on: loads its catalogue, and sets the page's language and direction. */
  async speak(tag: string): Promise<void> {
    const bundle = tag === 'en' ? this.english : bundleOf(tag, await this.catalogues(tag));
    this.bundle = bundle ?? this.english;
    this.language = bundle ? tag : 'en';
    document.documentElement.lang = this.language;
    document.documentElement.dir = this.language === 'ar' ? 'rtl' : 'ltr';
  }

  /** The message `code` (`id` or `id.case`) with its facts, in the language spoken (in English where that lacks it). */
  say(code: string, facts: Facts = {}): string | null {
    const args: Record<string, FluentVariable> = {};
    for (const [name, value] of Object.entries(facts)) {
      args[name] = typeof value === 'number' || typeof value === 'string' ? value : String(value ?? '');
    }
    for (const bundle of [this.bundle, this.english]) {
      if (!bundle) continue;
      const [id, attribute] = code.split('.', 2);
      const message = bundle.getMessage(id);
      const pattern = attribute ? message?.attributes[attribute] : message?.value;
      if (pattern) return bundle.formatPattern(pattern, args);
    }
    return null;
  }
}

export const words = new Words();

/**
 * A message split where the fact `name` goes, so the page can set that fact apart (in bold, say): [before, after].
 */
export function around(id: string, facts: Facts, name: string): [string, string] {
  const mark = '\u{E000}';
  const [before, after = ''] = t(id, { ...facts, [name]: mark }).split(mark);
  return [before, after];
}

/** A window message by its id in the catalogue, with its facts, in the language spoken. */
export function t(id: string, facts: Facts = {}): string {
  return words.say(id, facts) ?? id;
}

/** The made-up language of Rust's test builds: every message in brackets (`⟦Ńéŵ çàĺĺ~~⟧`). */
const PSEUDO = 'en-XA';

/**
 * Text the browser wrote in the language spoken (dates, times): bracketed in the made-up language like every message,
 * so a walk through the window in it tells the browser's words from words left out of the catalogues.
 */
export function written(text: string): string {
  return words.language === PSEUDO ? `⟦${text}⟧` : text;
}
