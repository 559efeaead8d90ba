import { describe, expect, it } from 'vitest';
import {
  countryName,
  isKnownCountryCode,
  numericToAlpha2,
} from '../../../src/lib/country-names.ts';

describe('countryName', () => {
  it('gives the English name', () => {
    expect(countryName('UZ')).toBe('Uzbekistan');
    expect(countryName('CU')).toBe('Cuba');
    expect(countryName('XK')).toBe('Kosovo');
  });
  it('prefers the short form analysts use', () => {
    expect(countryName('RU')).toBe('Russia');
    expect(countryName('TW')).toBe('Taiwan');
  });
  it('falls back to the code when unknown', () => {
    expect(countryName('ZZ')).toBe('ZZ');
  });
});

describe('codes', () => {
  it('knows ISO codes and Kosovo, not made-up ones', () => {
    expect(isKnownCountryCode('UZ')).toBe(true);
    expect(isKnownCountryCode('XK')).toBe(true);
    expect(isKnownCountryCode('ZZ')).toBe(false);
  });
  it('maps numeric ids to alpha-2', () => {
    expect(numericToAlpha2('860')).toBe('UZ');
    expect(numericToAlpha2('999')).toBeUndefined();
  });
});
