import * as chrono from 'chrono-node';

/*
 * chrono's time-unit parsers ("two days ago", "within three weeks") repeat a whole number-and-unit
 * pattern ten times over. V8 compiles such a regex to machine code the second time it runs, which
 * takes hundreds of milliseconds, and runs it at every position of every sentence. Yet a match
 * always ends in one number-and-unit followed by what the pattern requires after the repetition
 * ("ago"): a regex of just those two parts is a necessary condition, compiles quickly, and lets
 * the parser be skipped on the many sentences that cannot match it.
 */

type Parser = chrono.Parser;

const REPEAT_END = '){0,10}';
/** Matches nothing: what a gated parser runs on text its gate rules out. */
const NEVER = /(?!)/u;

function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

/**
 * chrono runs a parser's pattern on the rest of the text after each match, while the gate is
 * tested once on the whole text: an assertion that looks left of where the gate's match starts
 * (`^`, a lookbehind, a word boundary before any character is taken) could see different text.
 * A word boundary after a letter the match must take ("an?\b") sees the same.
 */
function looksLeft(source: string): boolean {
  for (const m of source.matchAll(/\^|\(\?<[=!]|\\[bB]/gu)) {
    const before = source.slice(0, m.index);
    if (m[0] === '^' && before.endsWith('[')) continue;
    if (m[0] === '\\b' && /(?:^|[^\\])[a-z](?:[a-z]\?)?$/iu.test(before)) continue;
    return true;
  }
  return false;
}

/**
 * Whether a regex ending in `head` always goes through its end: no alternative outside a closed
 * group ("a|…" or "(a|…"), no lookaround left open, and no escape cut in half.
 */
function onePath(head: string): boolean {
  const open = [{ alternative: false, lookaround: false }];
  for (let i = 0; i < head.length; i++) {
    const c = head[i];
    if (c === '\\') {
      if (++i === head.length) return false;
    } else if (c === '[') {
      for (i++; i < head.length && head[i] !== ']'; i++) if (head[i] === '\\') i++;
    } else if (c === '(') {
      open.push({ alternative: false, lookaround: /^\(\?<?[=!]/u.test(head.slice(i, i + 4)) });
    } else if (c === ')') {
      open.pop();
      if (!open.length) return false;
    } else if (c === '|') open[open.length - 1]!.alternative = true;
  }
  return open.every((group) => !group.alternative && !group.lookaround);
}

/**
 * The regex a match of `pattern` must contain when it repeats a unit pattern ("(?:, <unit>){0,10}"):
 * the unit once, then what follows the repetition; null when the pattern is not of that shape.
 * A split mid-token or mid-group fails to compile on one side, so both halves are compiled.
 */
export function tailGate(pattern: RegExp): RegExp | null {
  const { source, flags } = pattern;
  const end = source.indexOf(REPEAT_END);
  if (end < 0 || source.indexOf(REPEAT_END, end + 1) >= 0 || /\\[1-9]|\\k</u.test(source))
    return null;
  // The repetition group "(?:<connector><unit>)" opens where its parentheses balance.
  let depth = 0;
  let open = -1;
  for (let i = end; i >= 0; i--) {
    if (source[i - 1] === '\\') continue;
    if (source[i] === ')') depth++;
    else if (source[i] === '(' && --depth === 0) {
      open = i;
      break;
    }
  }
  if (open < 0 || !source.startsWith('(?:', open)) return null;
  const content = source.slice(open + 3, end);
  const before = source.slice(0, open);
  // The unit pattern is written both before the group and at the end of it.
  let length = 0;
  while (
    length < content.length &&
    content[content.length - 1 - length] === before[before.length - 1 - length]
  )
    length++;
  const unit = content.slice(content.length - length);
  const connector = content.slice(0, content.length - length);
  // The unit written before the group must be one every match goes through.
  if (!onePath(before.slice(0, before.length - length))) return null;
  // After the repetition comes the end of the group holding it, then what must follow.
  const after = source.slice(end + REPEAT_END.length);
  if (!after.startsWith(')') || /^\)[?*+{]/u.test(after)) return null;
  const rest = after.slice(1);
  const plain = flags.replace(/[gy]/gu, '');
  if (!unit || !compiles(unit, plain) || !compiles(connector, plain) || !compiles(rest, plain))
    return null;
  // A top-level alternative would bind differently once taken out of its group.
  let outer = unit;
  for (let inner = ''; inner !== outer;) {
    inner = outer;
    outer = outer.replace(/\((?:[^()\\]|\\.)*\)/gu, '');
  }
  if (/(?<!\\)\|/u.test(outer) || looksLeft(unit + rest)) return null;
  return new RegExp(`(?:${unit})${rest}`, plain);
}

function gated(parser: Parser): Parser {
  const gates = new WeakMap<RegExp, RegExp | null>();
  return {
    pattern: (context) => {
      const pattern = parser.pattern(context);
      let gate = gates.get(pattern);
      if (gate === undefined) gates.set(pattern, (gate = tailGate(pattern)));
      return !gate || gate.test(context.text) ? pattern : NEVER;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

/** The same parser as `casual` (same parsers, same refiners), its time-unit parsers gated. */
export function withGatedTimeUnits(casual: chrono.Chrono): chrono.Chrono {
  return new chrono.Chrono({
    parsers: casual.parsers.map(gated),
    refiners: casual.refiners,
  });
}
