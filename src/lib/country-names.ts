import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

// The browser build of i18n-iso-countries ships no locale; register English once, here.
countries.registerLocale(en);

// The library's first English name is sometimes the formal one ("Russian Federation"); analysts
// read and search the short form.
const SHORT_NAMES: Readonly<Record<string, string>> = {
  BO: 'Bolivia',
  IR: 'Iran',
  LA: 'Laos',
  MD: 'Moldova',
  RU: 'Russia',
  SY: 'Syria',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VE: 'Venezuela',
};

/** English name of an ISO 3166-1 alpha-2 code (Kosovo's user-assigned XK included); the code itself when unknown. */
export function countryName(code: string): string {
  return SHORT_NAMES[code] ?? countries.getName(code, 'en') ?? code;
}

export function isKnownCountryCode(code: string): boolean {
  return countries.isValid(code);
}

/** ISO 3166-1 numeric (`"860"`) to alpha-2 (`"UZ"`); undefined when unknown. */
export function numericToAlpha2(numeric: string): string | undefined {
  return countries.numericToAlpha2(numeric);
}
