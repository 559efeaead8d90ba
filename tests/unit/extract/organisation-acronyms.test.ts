import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions } from '../../../src/extract/organisation-acronyms.ts';

describe('findAcronymDefinitions', () => {
  it.each([
    [
      'pt: connectors inside the name',
      'O administrador do Núcleo Operacional da Sociedade de Informação (NOSI) chegou ontem.',
      ['Núcleo Operacional da Sociedade de Informação (NOSI)'],
    ],
    [
      'id: a legal-form prefix is kept',
      'Naskah itu diteken antara PT Satelit Nusantara Tiga (SNT) dan mitra asal Prancis.',
      ['PT Satelit Nusantara Tiga (SNT)'],
    ],
    [
      'en: two definitions in one sentence',
      'The Korea International Cooperation Agency (KOICA) and Tonga Cable Limited (TCL) signed it.',
      ['Korea International Cooperation Agency (KOICA)', 'Tonga Cable Limited (TCL)'],
    ],
    [
      'fr: company name',
      'La société Alcatel Submarine Networks (ASN) posera le câble.',
      ['Alcatel Submarine Networks (ASN)'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(findAcronymDefinitions(text).map((d) => d.name)).toEqual(expected);
  });

  it.each([
    ['concept: PPP', 'The project uses a Public Private Partnership (PPP) scheme.'],
    ['concept: ICT', 'Cooperation in Information and Communication Technologies (ICT) will grow.'],
    [
      'concept: pt TIC',
      'Formação em Tecnologias de Informação e Comunicação (TIC) para diplomatas.',
    ],
    ['concept: IoT', 'Sensors for the Internet of Things (IOT) were shown.'],
    ['a country', 'Delegates from the United Arab Emirates (UAE) attended.'],
    ['a facility', 'The new Disaster Recovery Center (DRC) opened in Hetauda.'],
    ['initials do not match', 'The Ministry of Posts (MINPOSTEL) said so.'],
    ['a lower-case word breaks the name', 'Signed by the minister of the agency (AGC) today.'],
  ])('no organisation: %s', (_name, text) => {
    expect(findAcronymDefinitions(text)).toEqual([]);
  });
});
