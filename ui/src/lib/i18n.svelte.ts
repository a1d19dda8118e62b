// The window's words in the person's language, from the same message catalogues Rust reads (ui/messages/*.ftl,
// Fluent). Which languages exist and which one is spoken is Rust's to say (start-up state, Settings). Each
// catalogue loads on its own, English before the first screen (`start`), another when it is chosen.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

const catalogues = import.meta.glob<string>('../../messages/*.ftl', { query: '?raw', import: 'default' });

/** The facts a message carries, by name, as they cross from Rust. */
export type Facts = Record<string, string | number | boolean | null>;

function bundleOf(tag: string, source: string): FluentBundle {
  // Marks that keep a fact's direction apart only matter right to left.
  const bundle = new FluentBundle(tag, { useIsolating: tag === 'ar' });
  const faults = bundle.addResource(new FluentResource(source));
  if (faults.length > 0) console.error(`the ${tag} catalogue:`, faults);
  return bundle;
}

async function load(tag: string): Promise<FluentBundle | null> {
  const path = `../../messages/${tag}.ftl`;
  return path in catalogues ? bundleOf(tag, await catalogues[path]()) : null;
}

class Words {
  /** The language the window speaks now (a tag Rust chose: `de`, `pt-BR`). */
  language = $state('en');
  private bundle = $state<FluentBundle | null>(null);
  /** Where a message the spoken language lacks is taken from. */
  private english: FluentBundle | null = null;

  /** Loads English, the words of the first screen and the fallback of every other language. */
  async start(): Promise<void> {
    this.english = await load('en');
    this.bundle ??= this.english;
  }

  /** Speaks `tag` from now on: loads its catalogue, and sets the page's language and direction. */
  async speak(tag: string): Promise<void> {
    const bundle = tag === 'en' ? this.english : await load(tag);
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

/** A window message by its id in the catalogue, with its facts, in the language spoken. */
export function t(id: string, facts: Facts = {}): string {
  return words.say(id, facts) ?? id;
}
