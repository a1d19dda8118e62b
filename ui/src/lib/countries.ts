// The number's country picker: the list comes from Rust (the phone library
// the validator uses), the names from the system's language.
import type { Country } from './bindings/Country';

export interface CountryOption {
  code: string;
  /** "Germany +49", in the system's language. */
  label: string;
}

function displayNames(language: string | null): Intl.DisplayNames {
  try {
    return new Intl.DisplayNames(language ? [language] : [], { type: 'region' });
  } catch {
    return new Intl.DisplayNames([], { type: 'region' });
  }
}

/** Every country, named in `language` and sorted by name. */
export function countryOptions(countries: Country[], language: string | null): CountryOption[] {
  const names = displayNames(language);
  const collator = new Intl.Collator(language ?? undefined);
  return countries
    .map((country) => {
      let name = country.code;
      try {
        name = names.of(country.code) ?? country.code;
      } catch {
        // A code the browser's data does not know keeps its code as its name.
      }
      return { code: country.code, label: `${name} +${country.callingCode}` };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * The country for numbers typed without a country code: the one the
 * language names (`de-AT` → AT), else where that language is most spoken
 * (`de` → DE, `ja` → JP), else the United States.
 */
export function defaultCountry(language: string | null, countries: Country[]): string {
  const known = (code: string | undefined) => !!code && countries.some((country) => country.code === code);
  if (language) {
    try {
      const locale = new Intl.Locale(language);
      if (known(locale.region)) return locale.region as string;
      const likely = locale.maximize().region;
      if (known(likely)) return likely as string;
    } catch {
      // Not a language tag: fall through.
    }
  }
  return 'US';
}
