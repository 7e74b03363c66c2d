import { describe, expect, it } from 'vitest';
import {
  BodyTextIndex,
  anchor,
  anchorAll,
  describeOffsets,
  parseStoredSelectors,
  TextQuoteAnchor,
  type StoredSelectors,
} from '../../../core/anchoring/index';
import { htmlDocument, newsPage, PARAGRAPHS } from './helpers';

function indexOf(html: string): BodyTextIndex {
  return BodyTextIndex.fromDocument(htmlDocument(html));
}

/** Selectors for the first occurrence of `passage` on the page. */
function highlight(index: BodyTextIndex, passage: string): StoredSelectors {
  const at = index.text.indexOf(passage);
  if (at < 0) throw new Error(`not on page: ${passage}`);
  return describeOffsets(index, at, at + passage.length);
}

function attachedText(index: BodyTextIndex, sel: StoredSelectors) {
  const r = anchor(index, sel);
  return r && { text: index.text.slice(r.start, r.end), method: r.method, score: r.score };
}

const original = indexOf(newsPage(PARAGRAPHS));
const passage = 'Opposition leaders called the plan unrealistic and warned that borrowing costs would climb.';

describe('describing a passage', () => {
  it('stores a versioned envelope with quote, 32-character context and position', () => {
    const sel = highlight(original, passage);
    expect(sel.v).toBe(1);
    const [quote, position] = sel.selectors;
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: passage });
    if (quote.type !== 'TextQuoteSelector') throw new Error('quote first');
    expect(quote.prefix.length).toBe(32);
    expect(quote.prefix.endsWith('next year. ')).toBe(true);
    expect(quote.suffix.startsWith(' After eleven hours')).toBe(true);
    expect(position).toMatchObject({ type: 'TextPositionSelector', start: original.text.indexOf(passage) });
  });

  it('leaves out whitespace at the edges of a selection', () => {
    const at = original.text.indexOf(passage);
    const sel = describeOffsets(original, at - 7, at + passage.length + 3);
    expect(sel.selectors[0]).toMatchObject({ exact: passage });
  });

  it('refuses spans that are not in the body text, with a clear message', () => {
    expect(() => describeOffsets(original, 10, 5)).toThrow(/not a span/);
    expect(() => describeOffsets(original, 0, original.length + 1)).toThrow(/not a span/);
  });
});

describe('re-attaching', () => {
  it('uses the stored position on an unchanged page', () => {
    expect(attachedText(original, highlight(original, passage))).toEqual({ text: passage, method: 'position', score: 1 });
  });

  it('finds the quote after a paragraph is added above', () => {
    const sel = highlight(original, passage);
    const edited = indexOf(newsPage(['Update: this story was corrected on Tuesday.', ...PARAGRAPHS]));
    expect(attachedText(edited, sel)).toMatchObject({ text: passage, method: 'quote' });
  });

  it('finds the sentence after a word in it changed, by approximate matching', () => {
    const sel = highlight(original, passage);
    const changed = passage.replace('unrealistic', 'reckless');
    const edited = indexOf(newsPage([PARAGRAPHS[0], changed, ...PARAGRAPHS.slice(2)]));
    const r = attachedText(edited, sel)!;
    expect(r).toMatchObject({ text: changed, method: 'fuzzy' });
    expect(r.score).toBeGreaterThan(0.8);
    expect(r.score).toBeLessThan(1);
  });

  it('finds it with both edits at once', () => {
    const sel = highlight(original, passage);
    const changed = passage.replace('borrowing', 'interest');
    const edited = indexOf(newsPage(['A new paragraph on top of the story.', PARAGRAPHS[0], changed, ...PARAGRAPHS.slice(2)]));
    expect(attachedText(edited, sel)).toMatchObject({ text: changed, method: 'fuzzy' });
  });

  it('does not start or end an approximate match in the middle of a word', () => {
    const sel = highlight(original, passage);
    const changed = passage.replace('Opposition leaders', 'Leaders').replace('would climb.', 'would rise sharply.');
    const edited = indexOf(newsPage([PARAGRAPHS[0], changed, ...PARAGRAPHS.slice(2)]));
    const r = anchor(edited, sel)!;
    const before = edited.text[r.start - 1];
    const after = edited.text[r.end];
    expect(/\w/.test(before) && /\w/.test(edited.text[r.start])).toBe(false);
    expect(/\w/.test(after) && /\w/.test(edited.text[r.end - 1])).toBe(false);
    expect(edited.text.slice(r.start, r.end)).toContain('called the plan unrealistic and warned that borrowing costs');
  });

  it('re-attaches a passage spanning paragraphs after edits inside it', () => {
    const long = [...PARAGRAPHS, ...PARAGRAPHS.map((p) => p.replace(/the/g, 'a'))];
    const page = indexOf(newsPage(long));
    const from = page.text.indexOf('Opposition leaders');
    const to = page.text.lastIndexOf('takes effect in March') + 'takes effect in March'.length;
    const sel = describeOffsets(page, from, to);
    const edited = long.map((p) => p.replace('eleven hours', 'twelve hours'));
    const after = indexOf(newsPage(['Newly added: a summary of the debate.', ...edited]));
    const r = anchor(after, sel)!;
    expect(r.method).toBe('fuzzy');
    const text = after.text.slice(r.start, r.end);
    expect(text.startsWith('Opposition leaders')).toBe(true);
    expect(text.endsWith('takes effect in March')).toBe(true);
    expect(text).toContain('twelve hours');
  });

  it('returns null (an orphan) when the sentence was removed', () => {
    const sel = highlight(original, passage);
    const edited = indexOf(newsPage([PARAGRAPHS[0], ...PARAGRAPHS.slice(2)]));
    expect(anchor(edited, sel)).toBeNull();
  });

  it('returns null for a short passage whose words and context are gone', () => {
    const sel = highlight(original, 'sugary drinks');
    const edited = indexOf(newsPage(PARAGRAPHS.slice(0, 4)));
    expect(anchor(edited, sel)).toBeNull();
  });

  it('ignores whitespace differences: re-indented markup and non-breaking spaces', () => {
    const sel = highlight(original, 'raise spending on schools by four percent');
    const reindented = newsPage(
      PARAGRAPHS.map((p) => p.replace('four percent', 'four&nbsp;percent').replace(' on schools', '\n  on   schools')),
      '\n',
    );
    const edited = indexOf(reindented);
    const r = anchor(edited, sel)!;
    expect(r.method).toBe('quote');
    expect(edited.text.slice(r.start, r.end).replace(/\s+/g, ' ')).toBe('raise spending on schools by four percent');
  });

  it('tells repeated quotes apart by prefix and suffix', () => {
    const paras = [
      'Asked about the deficit, the minister said: "We will not raise taxes." Nobody believed her.',
      'Later, on the radio, the opposition leader said: "We will not raise taxes." His party cheered.',
    ];
    const page = indexOf(newsPage(paras));
    const second = page.text.lastIndexOf('"We will not raise taxes."');
    const sel = describeOffsets(page, second, second + '"We will not raise taxes."'.length);
    // Drop the position so only the quote and its context decide.
    const quoteOnly = [sel.selectors[0]];
    const r = anchor(page, quoteOnly)!;
    expect(r.start).toBe(second);
    // And when the page changed above it, still the second one.
    const edited = indexOf(newsPage(['Breaking: more reactions below.', ...paras]));
    const r2 = anchor(edited, sel)!;
    expect(edited.text.slice(r2.start - 30, r2.start)).toContain('opposition leader said');
  });

  it('does not trust a stored position that now holds the same words in another context', () => {
    const paras = [
      'At the morning briefing the spokesman said the talks would resume.',
      'In the evening the opposition said the talks had failed.',
    ];
    const page = indexOf(newsPage(paras));
    const second = page.text.indexOf('said the talks', page.text.indexOf('opposition'));
    const sel = describeOffsets(page, second, second + 'said the talks'.length);
    // The evening paragraph moves up and a new one takes its place, so the old
    // offset now holds the same words in a different sentence.
    const filler = 'In the evening the government said the talks went on.';
    const moved = indexOf(newsPage([paras[0].slice(0, paras[0].length), filler, paras[1]]));
    const r = anchor(moved, sel)!;
    expect(moved.text.slice(r.start - 30, r.start)).toContain('opposition');
  });

  it('prefers the nearer of repeated quotes with identical context', () => {
    const para = 'The committee will meet again on Monday.';
    const page = indexOf(newsPage([para, 'Filler text in between the two.', para]));
    const second = page.text.lastIndexOf(para);
    const first = page.text.indexOf(para);
    const r = TextQuoteAnchor.toOffsets(page, { type: 'TextQuoteSelector', exact: para, prefix: '', suffix: '' }, { hint: second + 5 })!;
    expect(r.start).toBe(second);
    expect(r.start).not.toBe(first);
  });

  it('re-attaches a short quote through its context when a word in it changed', () => {
    const sel = highlight(original, 'by 212 votes to 190');
    const edited = indexOf(newsPage([...PARAGRAPHS.slice(0, 2), PARAGRAPHS[2].replace('212', '213'), ...PARAGRAPHS.slice(3)]));
    expect(attachedText(edited, sel)).toMatchObject({ text: 'by 213 votes to 190', method: 'fuzzy' });
  });

  it('re-attaches a three-word phrase whose middle word changed, when its context agrees', () => {
    const sel = highlight(original, 'chamber approved the');
    const edited = indexOf(newsPage([...PARAGRAPHS.slice(0, 2), PARAGRAPHS[2].replace('approved', 'passed'), ...PARAGRAPHS.slice(3)]));
    expect(attachedText(edited, sel)).toMatchObject({ text: 'chamber passed the', method: 'fuzzy' });
  });

  it('orphans a short phrase replaced entirely, even though its context remains', () => {
    const sel = highlight(original, 'by 212 votes to 190');
    const edited = indexOf(newsPage([...PARAGRAPHS.slice(0, 2), PARAGRAPHS[2].replace('by 212 votes to 190', 'after a show of hands'), ...PARAGRAPHS.slice(3)]));
    expect(anchor(edited, sel)).toBeNull();
  });

  it('keeps a quote-only selector list working (other tools export bare arrays)', () => {
    const sel = highlight(original, passage);
    expect(anchor(original, [sel.selectors[0]])).toMatchObject({ method: 'quote' });
  });
});

describe('stored selectors', () => {
  it('rejects unknown versions and malformed selectors with a message', () => {
    expect(parseStoredSelectors({ v: 2, selectors: [] })).toEqual({ ok: false, error: 'unsupported selector format version 2' });
    expect(parseStoredSelectors('nope')).toMatchObject({ ok: false });
    const bad = parseStoredSelectors({ v: 1, selectors: [{ type: 'TextPositionSelector', start: 5, end: 2 }] });
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/start <= end/) });
  });

  it('treats unreadable targets as orphans instead of throwing', () => {
    expect(anchor(original, { v: 9 } as unknown as StoredSelectors)).toBeNull();
  });
});

describe('anchorAll', () => {
  const passages = [
    'raise spending on schools',
    passage,
    'After eleven hours of debate',
    'broadly in line with their forecasts',
    'takes effect in March',
  ];

  it('gives the same answers as one-by-one anchoring, across all three stages', async () => {
    const sels = passages.map((p) => highlight(original, p));
    const paras = ['Correction appended.', ...PARAGRAPHS];
    paras[3] = paras[3].replace('eleven', 'twelve');
    paras.splice(5, 1);
    const edited = indexOf(newsPage(paras));
    const batch = await anchorAll(edited, sels);
    expect(batch.map((r) => r?.method ?? null)).toEqual(['quote', 'quote', 'fuzzy', 'quote', null]);
    expect(batch.map((r) => r && edited.text.slice(r.start, r.end))).toEqual(
      sels.map((s) => {
        const r = anchor(edited, s);
        return r && edited.text.slice(r.start, r.end);
      }),
    );
  });

  it('reports each result as it settles and can be aborted', async () => {
    const sels = passages.map((p) => highlight(original, p));
    const seen: number[] = [];
    await anchorAll(original, sels, { onResult: (i) => seen.push(i) });
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4]);
    const controller = new AbortController();
    controller.abort(new Error('page left'));
    await expect(anchorAll(original, sels, { signal: controller.signal })).rejects.toThrow('page left');
  });

  it('stops part-way when aborted, and accepts a Document (indexing it once itself)', async () => {
    const doc = htmlDocument(newsPage(['Something else entirely, about rain and the harvest this autumn.']));
    const sels = Array.from({ length: 30 }, () => passages.map((p) => highlight(original, p))).flat();
    const controller = new AbortController();
    let settled = 0;
    const pass = anchorAll(doc, sels, {
      signal: controller.signal,
      sliceMs: 0,
      onResult: () => {
        if (++settled === 3) controller.abort(new Error('navigated away'));
      },
    });
    await expect(pass).rejects.toThrow('navigated away');
    expect(settled).toBeLessThan(sels.length);
    const all = await anchorAll(doc, sels.slice(0, 5));
    expect(all).toEqual([null, null, null, null, null]);
  });

  it('yields to the event loop during a long pass', async () => {
    const sels = passages.map((p) => highlight(original, p));
    const orphans = Array.from({ length: 40 }, () => sels.map((s) => ({ v: 1 as const, selectors: [s.selectors[0]] }))).flat();
    const other = indexOf(newsPage(['Entirely different text about the weather and the football results this weekend.']));
    // A macrotask queued before the pass can only run if the pass yields.
    let otherWorkRan = false;
    setImmediate(() => (otherWorkRan = true));
    const results = await anchorAll(other, orphans, { sliceMs: 0 });
    const ranDuringPass = otherWorkRan;
    expect(results.every((r) => r === null)).toBe(true);
    expect(ranDuringPass).toBe(true);
  });
});
