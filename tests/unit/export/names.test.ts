/**
 * Author names as citations need them. Each rule lists names it must and must not catch: organisations
 * (desk and agency words in several languages, a leading article, a word with digits, an acronym before
 * ordinary words) against people whose bylines are set in capitals; honorifics dropped; bylines split.
 */
import { describe, expect, it } from 'vitest';
import { bylineAuthors, cslName, looksLikeOrganisation } from '../../../core/export/names';

describe('organisations are kept whole', () => {
  it.each([
    'Salzburger Nachrichten', 'AFP Deutschland', 'BR24 Redaktion', 'DER SPIEGEL', 'Anadolu Ajansı', 'The Guardian',
    'El País', 'Agence France-Presse', 'Redazione Esteri', 'BBC News', 'Reuters Staff', 'Editorial Board',
  ])('%s', (name) => {
    expect(looksLikeOrganisation(name)).toBe(true);
    expect(cslName(name)).toEqual({ literal: name });
  });

  it.each([
    ['STEVE PEOPLES', 'PEOPLES', 'STEVE'],
    ['Bill MCCARTHY', 'MCCARTHY', 'Bill'],
    ['André Oliver KLEIN', 'KLEIN', 'André Oliver'],
    ['Thomas Post', 'Post', 'Thomas'],
    ['Mathias Hagen', 'Hagen', 'Mathias'],
    ['Eva Kirchner-Rätsch', 'Kirchner-Rätsch', 'Eva'],
  ])('but %s is a person', (name, family, given) => {
    expect(looksLikeOrganisation(name)).toBe(false);
    expect(cslName(name)).toEqual({ family, given });
  });
});

describe('people', () => {
  it('drops honorifics, which citations do not carry', () => {
    expect(cslName('Dr. Max Kolter')).toEqual({ family: 'Kolter', given: 'Max' });
    expect(cslName('Prof Jane Doe')).toEqual({ family: 'Doe', given: 'Jane' });
    // A lone honorific with one name is not dropped down to nothing.
    expect(cslName('Dr. Who')).toEqual({ family: 'Who', given: 'Dr.' });
  });

  it('reads particles, capitalised particles, joined family names and suffixes', () => {
    expect(cslName('Chus del Pino')).toEqual({ given: 'Chus', family: 'Pino', 'non-dropping-particle': 'del' });
    expect(cslName('Fouzia Van Der Fort')).toEqual({ given: 'Fouzia', family: 'Van Der Fort' });
    expect(cslName('José Ortega y Gasset')).toEqual({ given: 'José', family: 'Ortega y Gasset' });
    expect(cslName('van der Berg, Jan')).toEqual({ given: 'Jan', family: 'Berg', 'non-dropping-particle': 'van der' });
    expect(cslName('King, Jr., Martin Luther')).toEqual({ given: 'Martin Luther', family: 'King', suffix: 'Jr.' });
  });

  it('keeps East Asian names family first, and whole when written without a space', () => {
    expect(cslName('山田 太郎')).toEqual({ family: '山田', given: '太郎' });
    expect(cslName('구현모')).toEqual({ literal: '구현모' });
    expect(cslName('Андрей Колесников')).toEqual({ given: 'Андрей', family: 'Колесников' });
  });
});

describe('bylineAuthors', () => {
  it('splits on commas, semicolons, "and" and "&", keeping a suffix with its name', () => {
    expect(bylineAuthors('By Jan van der Berg, María de la Cruz and Martin Luther King, Jr. & Reuters')).toEqual([
      'Jan van der Berg', 'María de la Cruz', 'Martin Luther King, Jr.', 'Reuters',
    ]);
    expect(bylineAuthors('Anna Giulia Fink; Birgit Baumann')).toEqual(['Anna Giulia Fink', 'Birgit Baumann']);
    expect(bylineAuthors(null)).toEqual([]);
    expect(bylineAuthors('  ')).toEqual([]);
  });
});
