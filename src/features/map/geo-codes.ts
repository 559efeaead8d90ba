import { numericToAlpha2 } from '../../lib/country-names.ts';

/**
 * world-atlas draws three territories without an ISO numeric id, each handled deliberately:
 * Kosovo gets the widely used user-assigned code XK (the data can name it as a partner);
 * Northern Cyprus and Somaliland are drawn as part of Cyprus and Somalia, the states the data
 * would name, and are coloured with them but are not separate controls.
 */
const KOSOVO = { name: 'Kosovo', code: 'XK' };
const DRAWN_AS_PART_OF: Readonly<Record<string, string>> = {
  'N. Cyprus': 'CY',
  Somaliland: 'SO',
};

/** Alpha-2 code of a world-atlas feature, from its numeric id or, failing that, its name. */
export function featureCode(
  id: string | number | undefined,
  name: string | undefined,
): string | null {
  if (id !== undefined) {
    const code = numericToAlpha2(String(id).padStart(3, '0'));
    if (code !== undefined) return code;
  }
  if (name === KOSOVO.name) return KOSOVO.code;
  return (name !== undefined ? DRAWN_AS_PART_OF[name] : undefined) ?? null;
}

/** True for a territory drawn as part of another country's code (not its own map control). */
export function isSecondaryTerritory(name: string | undefined): boolean {
  return name !== undefined && name in DRAWN_AS_PART_OF;
}
