import { describe, expect, it } from 'vitest';
import { countryOptions, defaultCountry } from './countries';

const list = [
  { code: 'AT', callingCode: 43 },
  { code: 'BR', callingCode: 55 },
  { code: 'DE', callingCode: 49 },
  { code: 'JP', callingCode: 81 },
  { code: 'SE', callingCode: 46 },
  { code: 'US', callingCode: 1 },
];

describe('country picker', () => {
  it('names each country in the system language with its calling code', () => {
    const german = countryOptions(list, 'de');
    expect(german.find((c) => c.code === 'DE')?.label).toBe('Deutschland +49');
    expect(german.find((c) => c.code === 'AT')?.label).toBe('Österreich +43');
    const english = countryOptions(list, 'en-GB');
    expect(english.map((c) => c.label)).toEqual([
      'Austria +43',
      'Brazil +55',
      'Germany +49',
      'Japan +81',
      'Sweden +46',
      'United States +1',
    ]);
  });

  it('takes the default from the language, for any language', () => {
    expect(defaultCountry('de-AT', list)).toBe('AT');
    expect(defaultCountry('de', list)).toBe('DE');
    expect(defaultCountry('ja', list)).toBe('JP');
    expect(defaultCountry('sv', list)).toBe('SE');
    expect(defaultCountry('pt-BR', list)).toBe('BR');
    // France is not in this list.
    expect(defaultCountry('fr', list)).toBe('US');
    expect(defaultCountry(null, list)).toBe('US');
    expect(defaultCountry('not a tag', list)).toBe('US');
  });
});
