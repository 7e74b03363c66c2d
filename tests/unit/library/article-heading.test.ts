/** The library's article list and article view show the reader's corrected title, authors, site and date. */
import { describe, expect, it } from 'vitest';
import { articleHeading } from '../../../entrypoints/library/format';

const extracted = {
  url: 'https://news.example/x',
  title: 'Extracted headline',
  siteName: 'Extracted Site',
  byline: 'Wrong Person',
  published: '2024-03-05T10:00:00Z',
  savedAt: Date.UTC(2024, 2, 6),
};

describe('articleHeading', () => {
  it('shows the corrected title, site, authors and date over the extracted ones', () => {
    const { title, meta } = articleHeading({
      ...extracted,
      citation: { title: 'Corrected headline', authors: ['Ana Ruiz', 'Ben Cole'], siteName: 'The Ledger', published: '2021-07-14' },
    });
    expect(title).toBe('Corrected headline');
    expect(meta).toContain('The Ledger');
    expect(meta).toContain('Ana Ruiz, Ben Cole');
    expect(meta).toContain('2021');
    for (const old of ['Extracted', 'Wrong Person', '2024 ·']) expect(meta + title).not.toContain(old);
  });

  it('shows the extracted values where the reader corrected nothing, and the URL when there is no title', () => {
    expect(articleHeading(extracted).title).toBe('Extracted headline');
    expect(articleHeading(extracted).meta).toMatch(/^Extracted Site · Wrong Person · /);
    expect(articleHeading({ ...extracted, title: null }).title).toBe('https://news.example/x');
  });
});
