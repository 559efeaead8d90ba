import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/app/app.css', import.meta.url), 'utf8');

/** The custom properties set in the first rule that follows `selector`. */
function variables(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]),
  );
}

describe('the dark theme', () => {
  it('is the same whether the system asks for it or theme=dark does', () => {
    const system = variables(":root:not([data-theme='light'])");
    const asked = variables(":root[data-theme='dark']");
    expect(Object.keys(system).length).toBeGreaterThan(20);
    expect(asked).toEqual(system);
  });

  it('sets a value for every colour the light theme sets', () => {
    expect(Object.keys(variables(":root[data-theme='dark']")).sort()).toEqual(
      Object.keys(variables(':root {')).sort(),
    );
  });
});
