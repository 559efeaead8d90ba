import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/app/app.css', import.meta.url), 'utf8');

/** The custom properties of the first `:root {` rule. */
function rootVariables(): Record<string, string> {
  const start = css.indexOf(':root {');
  const body = css.slice(start + ':root {'.length, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]),
  );
}

describe('the themes', () => {
  it('give every colour a light and a dark value, so neither theme misses one', () => {
    const variables = rootVariables();
    expect(Object.keys(variables).length).toBeGreaterThan(20);
    for (const [name, value] of Object.entries(variables))
      expect(value, name).toMatch(
        /^light-dark\((#[0-9a-f]{6}|rgba\([^)]+\)), (#[0-9a-f]{6}|rgba\([^)]+\))\)$/,
      );
  });
});
