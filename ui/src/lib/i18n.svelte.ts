// The window's words in the person's language, from the same message catalogues Rust reads (ui/messages/*.ftl,
// Fluent). Which languages exist and which one is spoken is Rust's to say (start-up state, Settings); English is
// built in, the others load when chosen.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import english from '../../messages/en.ftl?raw';

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

const englishBundle = bundleOf('en', english);

class Words {
  /** The language the window speaks now (a tag Rust chose: `de`, `pt-BR`). */
  language = $state('en');
  private bundle = $state<FluentBundle>(englishBundle);

  /** Speaks `tag` from now on: loads its catalogue, and sets the page's language and direction. */
  async speak(tag: string): Promise<void> {
    const path = `../../messages/${tag}.ftl`;
    const load = path in catalogues ? catalogues[path] : undefined;
    const bundle = tag === 'en' || !load ? englishBundle : bundleOf(tag, await load());
    this.bundle = bundle;
    this.language = load ? tag : 'en';
    document.documentElement.lang = this.language;
    document.documentElement.dir = this.language === 'ar' ? 'rtl' : 'ltr';
  }

  /** The message `code` (`id` or `id.case`) with its facts, in the language spoken (in English where that lacks it). */
  say(code: string, facts: Facts = {}): string | null {
    const args: Record<string, FluentVariable> = {};
    for (const [name, value] of Object.entries(facts)) {
      args[name] = typeof value === 'number' || typeof value === 'string' ? value : String(value ?? '');
    }
    for (const bundle of [this.bundle, englishBundle]) {
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
