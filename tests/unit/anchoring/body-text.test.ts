import { describe, expect, it } from 'vitest';
import { BodyTextIndex } from '../../../core/anchoring/body-text';
import { htmlDocument, newsPage, PARAGRAPHS } from './helpers';

describe('BodyTextIndex (linkedom)', () => {
  const doc = htmlDocument(newsPage(PARAGRAPHS));
  const index = BodyTextIndex.fromDocument(doc);

  it('gives the body text exactly as body.textContent', () => {
    expect(index.text).toBe(doc.body.textContent);
    expect(index.length).toBe(doc.body.textContent!.length);
  });

  it('maps every offset to a Text node point and back', () => {
    for (let offset = 0; offset <= index.length; offset++) {
      for (const affinity of ['forward', 'backward'] as const) {
        const point = index.pointAt(offset, affinity)!;
        expect(point.node.nodeType).toBe(3);
        expect(index.offsetAt(point.node, point.offset)).toBe(offset);
      }
    }
  });

  it('resolves offsets between two Text nodes by affinity', () => {
    // "...would " ends one Text node, "raise spending" starts the <em>'s.
    const at = index.text.indexOf('raise spending');
    expect(index.pointAt(at, 'forward')!.node.data.startsWith('raise spending')).toBe(true);
    const back = index.pointAt(at, 'backward')!;
    expect(back.node.data.endsWith('would ')).toBe(true);
    expect(back.offset).toBe(back.node.data.length);
  });

  it('converts element boundary points (as in a Range) to offsets', () => {
    const em = doc.querySelector('em')!;
    const p = em.parentNode!;
    const emIndex = Array.prototype.indexOf.call(p.childNodes, em);
    expect(index.offsetAt(p, emIndex)).toBe(index.text.indexOf('raise spending'));
    expect(index.offsetAt(em, em.childNodes.length)).toBe(index.text.indexOf(' by four percent'));
    expect(index.offsetAt(doc.body, doc.body.childNodes.length)).toBe(index.length);
  });

  it('refuses points and offsets outside the body', () => {
    const title = doc.querySelector('title')!.firstChild!;
    expect(index.offsetAt(title, 0)).toBeNull();
    expect(index.pointAt(-1)).toBeNull();
    expect(index.pointAt(index.length + 1)).toBeNull();
  });

  it('searches visible text only: scripts left out, whitespace collapsed, positions kept', () => {
    const search = index.searchText();
    expect(search.text).not.toContain('__state');
    expect(search.text).not.toMatch(/\s{2}/);
    const at = search.text.indexOf('Opposition leaders');
    expect(index.text.slice(search.toBody[at], search.toBody[at] + 18)).toBe('Opposition leaders');
  });

  it('handles a document without text', () => {
    const empty = BodyTextIndex.fromDocument(htmlDocument('<html><body><div></div></body></html>'));
    expect(empty.length).toBe(0);
    expect(empty.pointAt(0)).toBeNull();
    expect(empty.searchText().text).toBe('');
  });
});
