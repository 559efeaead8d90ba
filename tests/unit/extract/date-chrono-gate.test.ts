import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { tailGate, withGatedTimeUnits } from '../../../src/extract/date-chrono-gate.ts';

const REF = { instant: new Date(Date.UTC(2001, 2, 15, 12)), timezone: 0 };

function summary(parser: chrono.Chrono, text: string): string[] {
  return parser
    .parse(text, REF)
    .map((r) => `${r.index}:${r.text}:${r.start.date().toISOString()}:${[...r.tags()].join()}`);
}

describe('withGatedTimeUnits', () => {
  it.each<[string, string, chrono.Chrono]>([
    ['en', 'The treaty signed two days ago and three hours later was ratified.', chrono.en.casual],
    ['en', 'Five years and 2 months before, as before, the day after', chrono.en.casual],
    [
      'en',
      'within 3 weeks, in a few days, for the next two years, last 2 months',
      chrono.en.casual,
    ],
    ['en', 'They met 5days,2hours ago; about a year earlier; 10 min later', chrono.en.casual],
    ['en', 'The minister visited on Monday, April 25, and signed it today.', chrono.en.casual],
    ['ru', 'Соглашение подписано два дня назад, через 3 часа и в течение недели', chrono.ru.casual],
    ['uk', 'Угоду підписали три дні тому, протягом двох тижнів', chrono.uk.casual],
    ['fr', "L'accord a été signé il y a deux jours, dans 3 semaines", chrono.fr.casual],
    ['de', 'Das Abkommen wurde vor zwei Tagen unterzeichnet, in 3 Wochen', chrono.de.casual],
    ['es', 'El acuerdo se firmó hace dos días, dentro de 3 semanas', chrono.es.casual],
    ['id', 'Perjanjian ditandatangani dua hari yang lalu, 3 minggu lagi', chrono.id.casual],
    ['vi', 'Hiệp định được ký 2 ngày trước, 3 tuần sau', chrono.vi.casual],
    ['ar', 'وقع الاتفاق قبل يومين وبعد ثلاثة أسابيع', chrono.ar.casual],
  ])('%s: finds what the plain parser finds in "%s"', (_language, text, casual) => {
    expect(summary(withGatedTimeUnits(casual), text)).toEqual(summary(casual, text));
  });

  it('gates on one number-and-unit followed by what the pattern requires after it', () => {
    const ago =
      /(\W|^)((?:about\s)?(?:(?:one|two)\s(?:days?|hours?))(?:,\s(?:(?:one|two)\s(?:days?|hours?))){0,10})\s(?:ago|before)(?=\W|$)/i;
    expect(tailGate(ago)?.source).toBe(
      '(?:(?:(?:one|two)\\s(?:days?|hours?)))\\s(?:ago|before)(?=\\W|$)',
    );
  });

  it('leaves a pattern alone when the repetition is not a plain trailing group', () => {
    expect(tailGate(/(a(?:,a){0,10})?b/i)).toBeNull();
    expect(tailGate(/(\d)(?:,\1){0,10}/i)).toBeNull();
    expect(tailGate(/(x|y(?:,x|y){0,10})z/i)).toBeNull();
    expect(tailGate(/(a(?:b){0,10})c(?:d){0,10}/i)).toBeNull();
    expect(tailGate(/a|(b(?:,b){0,10})z/i)).toBeNull();
    expect(tailGate(/(a|b(?:,b){0,10})z/i)).toBeNull();
    expect(tailGate(/(?=b(?:,b){0,10})z/i)).toBeNull();
  });

  it('leaves a pattern alone when the gate could look left of where chrono starts reading', () => {
    expect(tailGate(/(\bx(?:,\bx){0,10})z/i)).toBeNull();
    expect(tailGate(/(x(?:,x){0,10})(?<=x)z/i)).toBeNull();
    expect(tailGate(/(^x(?:,^x){0,10})z/i)).toBeNull();
    expect(tailGate(/(an?\bx(?:,an?\bx){0,10})z/i)).not.toBeNull();
  });
});
