/**
 * Kind: a publication instant declared in UTC that the page prints in its own zone. The citation's day is
 * the one the reader sees ("Posted Nov 18, 8:19 PM" for 01:19Z on the 19th), so the instant is written in
 * the offset the page shows; a printed time of another moment, or no clock at all, changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { inPageZone } from '../../../core/extract/metadata/page-zone';
import { ld, meta, STORY } from './metadata-page';

describe('inPageZone: a UTC instant in the zone the page prints it in', () => {
  it.each([
    ['2019-11-19T01:19:34Z', 'Posted Nov 18, 8:19 PM', 'en', '2019-11-18T20:19:34-05:00'],
    ['2019-11-19T00:04:00.000Z', 'Nov. 18, 2019 7:04 pm ET', 'en', '2019-11-18T19:04:00.000-05:00'],
    ['2019-11-18T23:45:00Z', 'Publié le 19 nov. 2019 à 00h45', 'fr', '2019-11-19T00:45:00+01:00'],
    ['2024-05-02T22:30:00+00:00', 'Veröffentlicht am 3. Mai 2024, 00:30 Uhr', 'de', '2024-05-03T00:30:00+02:00'],
    ['2019-11-19T00:19:00Z', '2019年11月19日 9:19', 'ja', '2019-11-19T09:19:00+09:00'],
    ['2024-05-02T16:00:00Z', '입력 2024.05.03 01:00', 'ko', '2024-05-03T01:00:00+09:00'],
    ['2019-11-18T12:00:00Z', '5:30 PM IST, Nov 18', 'en', '2019-11-18T17:30:00+05:30'],
    ['2024-03-01T02:00:00Z', 'Publicado el 29 de febrero de 2024, 23:00', 'es', '2024-02-29T23:00:00-03:00'],
  ])('%s shown as "%s" (%s)', (instant, line, lang, expected) => {
    expect(inPageZone(instant, [line], lang)).toBe(expected);
  });

  it.each([
    ['an update printed beside it', '2019-11-19T01:19:34Z', ['Updated Nov 19, 9:41 AM']],
    ['an update a whole two hours on, to the minute', '2019-11-19T01:19:34Z', ['Updated Nov 19, 3:19 AM']],
    ['a German update two hours on', '2024-05-02T22:30:00Z', ['Aktualisiert am 3. Mai 2024, 00:30 Uhr']],
    ['a day without a clock', '2019-11-19T01:19:34Z', ['Nov 18, 2019']],
    ['a clock no whole quarter hour away', '2019-11-19T01:19:00Z', ['Nov 18, 8:22 PM']],
    ['the same clock as UTC', '2024-05-02T10:00:00Z', ['2 May 2024, 10:00 GMT']],
    ['an instant in a zone of its own', '2019-11-19T01:19:00+01:00', ['Nov 18, 7:19 PM']],
    ['a day only', '2019-11-19', ['Nov 18, 8:19 PM']],
    ['more than fourteen hours away', '2024-05-02T01:00:00Z', ['3 May 2024, 04:00']],
  ])('leaves the instant alone: %s', (_why, instant, lines) => {
    expect(inPageZone(instant, lines, 'en')).toBeNull();
  });
});

describe('the citation date of a page that prints the instant in its own zone', () => {
  const head = ld({ '@type': 'NewsArticle', headline: 'Bridge closes', datePublished: '2019-11-19T01:19:34Z' });

  it("is the day the page shows, in the page's offset", () => {
    const a = meta(head, `<article><h1>Bridge closes</h1><p>By Ana Ruiz</p><time datetime="2019-11-19T01:19:34Z">Posted Nov 18, 8:19 PM</time>${STORY}</article>`);
    expect(a.published).toBe('2019-11-18T20:19:34-05:00');
    expect(a.sources.published).toBe('json-ld');
  });

  it('reads a dateline that is no <time> too', () => {
    const a = meta(head, `<article><h1>Bridge closes</h1><div class="meta">Published 8:19 PM ET, Mon November 18, 2019</div>${STORY}</article>`);
    expect(a.published).toBe('2019-11-18T20:19:34-05:00');
  });

  it('stays in UTC when the page shows only its update time', () => {
    const a = meta(head, `<article><h1>Bridge closes</h1><time>Updated Nov 19, 9:41 AM</time>${STORY}</article>`);
    expect(a.published).toBe('2019-11-19T01:19:34Z');
  });
});
