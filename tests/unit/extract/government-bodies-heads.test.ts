import { describe, expect, it } from 'vitest';
import { findGovernmentBodies } from '../../../src/extract/government-bodies.ts';

// Every head the Latin-script scan knows must still be found: a cheap pre-test skips texts
// without any of them, and it has to be kept in step with the head list.
const HEADS = [
  'Ministry',
  'Ministries',
  'Department',
  'Office',
  'Agency',
  'Authority',
  'Commission',
  'Directorate General',
  'Secretariat',
  'Federal Ministry',
  'Ministère',
  'ministère',
  'Ministere',
  'Ministerio',
  'Ministério',
  'Ministerium',
  'Bundesministerium',
  'Secretaría',
  'Secretaria',
  'Agence',
  'Agencia',
  'Agência',
  'Autorité',
  'Autoridad',
  'Autoridade',
  'Comisión',
  'Comissão',
  'Direction générale',
  'Ministero',
  'Agenzia',
  'Autorità',
  'Dipartimento',
  'Wizara',
  'Mamlaka',
  'Tume',
  'Shirika',
];
const DIRECT_HEADS = ['Kementerian', 'Badan', 'Otoritas', 'Direktorat Jenderal'];

describe('findGovernmentBodies heads', () => {
  it.each(HEADS)('finds a body after "%s"', (head) => {
    const text = `${head} of Digital Affairs and Innovation`;
    expect(findGovernmentBodies(text).map((match) => match.name)).toEqual([text]);
  });

  it.each(DIRECT_HEADS)('finds a body right after "%s"', (head) => {
    const text = `${head} Komunikasi Digital`;
    expect(findGovernmentBodies(text).map((match) => match.name)).toEqual([text]);
  });

  it('finds a Chinese body', () => {
    expect(findGovernmentBodies('华为，工业和信息化部签署协议').map((match) => match.name)).toEqual(
      ['工业和信息化部'],
    );
  });
});
