import { describe, expect, it } from 'vitest';
import { citedMetadata, parseAuthors } from '../../../core/citation';
import { CLAIM_STATUSES, HIGHLIGHT_COLORS, REACTIONS } from '../../../storage/records';
import { toBibtex, toCslItems, toMarkdown, toRis, toWebAnnotationJson, parseWebAnnotationImport, type ExportArticle } from '../../../core/export';

function article(overrides: Partial<ExportArticle> = {}): ExportArticle {
  return {
    key: 'https://news.example/x',
    url: 'https://news.example/x',
    urls: ['https://news.example/x'],
    title: 'Extracted headline',
    siteName: 'Extracted Site',
    byline: 'Wrong Person',
    authors: ['Wrong Person'],
    published: '2024-03-05T10:00:00Z',
    text: null,
    savedAt: Date.UTC(2024, 2, 6),
    updatedAt: Date.UTC(2024, 2, 6),
    reaction: null,
    collections: [],
    speakers: [],
    highlights: [],
    claims: [],
    deleted: null,
    ...overrides,
  };
}

const CORRECTED = article({
  citation: { title: 'Corrected headline', authors: ['Ana Ruiz', 'Ben Cole'], siteName: 'The Ledger', published: '2024-03-04', url: 'https://news.example/story' },
});

describe('citation corrections in the exports', () => {
  it('every reading format cites the corrected values, not the extracted ones', () => {
    for (const text of [toMarkdown([CORRECTED]), toBibtex([CORRECTED]), toRis([CORRECTED])]) {
      expect(text).toContain('Corrected headline');
      expect(text).toContain('Ruiz');
      expect(text).toContain('Cole');
      expect(text).not.toContain('Wrong Person');
      expect(text).not.toContain('Extracted headline');
    }
    const [csl] = toCslItems([CORRECTED]);
    expect(csl).toMatchObject({
      title: 'Corrected headline',
      'container-title': 'The Ledger',
      URL: 'https://news.example/story',
      issued: { 'date-parts': [[2024, 3, 4]] },
      author: [{ given: 'Ana', family: 'Ruiz' }, { given: 'Ben', family: 'Cole' }],
    });
  });

  it('an article without corrections is cited as extracted', () => {
    const [csl] = toCslItems([article()]);
    expect(csl.title).toBe('Extracted headline');
    expect(csl.author).toEqual([{ given: 'Wrong', family: 'Person' }]);
  });

  it('authors corrected to none leave the citation without authors', () => {
    const [csl] = toCslItems([article({ citation: { authors: [] } })]);
    expect(csl.author).toBeUndefined();
  });

  it('the backup keeps both the page values and the corrections', () => {
    const now = Date.UTC(2026, 11, 3);
    const text = toWebAnnotationJson({ articles: [CORRECTED], collections: [] }, { exportedAt: now });
    const back = parseWebAnnotationImport(text, { now, vocabulary: { colors: HIGHLIGHT_COLORS, statuses: CLAIM_STATUSES, reactions: REACTIONS } });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.library.articles[0].title).toBe('Extracted headline');
    expect(back.library.articles[0].citation).toEqual(CORRECTED.citation);
  });
});

describe('citedMetadata and parseAuthors', () => {
  it('corrections win field by field; the rest comes from the page', () => {
    const cited = citedMetadata({ url: 'https://a.example/', title: 'T', siteName: 'S', byline: 'X, Y', published: null, citation: { siteName: 'Site' } });
    expect(cited).toEqual({ url: 'https://a.example/', title: 'T', siteName: 'Site', authors: ['X', 'Y'], byline: 'X, Y', published: null });
  });

  it('authors are separated by semicolons or lines, so "Family, Given" stays one name', () => {
    expect(parseAuthors('Ruiz, Ana;  Ben Cole \n\n van der Berg, Jan ;')).toEqual(['Ruiz, Ana', 'Ben Cole', 'van der Berg, Jan']);
  });
});
