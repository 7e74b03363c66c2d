import { describe, expect, it } from 'vitest';
import { renderBlockText, renderBlockTextSteps } from '../../../core/extract/block-text';
import { WALK_CHUNK } from '../../../core/steps';
import { extractArticle } from '../../../core/extract/index';
import { page } from './helpers';

function render(html: string): string {
  const doc = page(`<div id="root">${html}</div>`);
  return renderBlockText([doc.getElementById('root')!]).text;
}

describe('block-aware text', () => {
  it('collapses whitespace inside and between inline elements', () => {
    expect(render('<p>  One\n   two <b> three </b>four  </p>')).toBe('One two three four');
  });

  it('never glues words from adjacent blocks', () => {
    expect(render('<div>alpha</div><div>beta</div><span>gamma</span><section>delta</section>')).toBe(
      'alpha\n\nbeta\n\ngamma\n\ndelta',
    );
    expect(render('<table><tr><td>cell one</td><td>cell two</td></tr><tr><td>next row</td></tr></table>')).toBe(
      'cell one cell two\nnext row',
    );
  });

  it('keeps inline runs together across element boundaries', () => {
    expect(render('<p>un<em>believ</em>able</p>')).toBe('unbelievable');
  });

  it('turns <br> into a line break', () => {
    expect(render('<p>first line<br>second line</p>')).toBe('first line\nsecond line');
  });

  it('puts headings and list items on their own lines', () => {
    expect(render('<h2>Heading</h2><p>Para.</p><ul><li>one</li><li>two</li></ul><p>After.</p>')).toBe(
      'Heading\n\nPara.\n\none\ntwo\n\nAfter.',
    );
  });

  it('skips scripts, styles and hidden elements', () => {
    expect(render('<p>shown</p><script>var x = 1;</script><style>p{}</style><p hidden>secret</p><p style="display: none">gone</p>')).toBe(
      'shown',
    );
  });
});

describe('blocks and pointAt', () => {
  const doc = page(`<article>
    <p>The   first paragraph has <a href="#">a link</a> inside it and enough words to count as prose for the extractor.</p>
    <p>The second paragraph is here, and it also has enough text to be treated as part of the story body.</p>
    <p>A third paragraph closes the story with a final sentence that is long enough to be kept by the filter.</p>
  </article>`);
  const article = extractArticle(doc)!;

  it('gives each block its live element, text and offset', () => {
    expect(article.blocks.length).toBe(3);
    for (const block of article.blocks) {
      expect(block.element.ownerDocument).toBe(doc);
      expect(block.element.localName).toBe('p');
      expect(article.text.slice(block.start, block.start + block.text.length)).toBe(block.text);
    }
  });

  it('maps text offsets back to the text node and offset they came from', () => {
    const offset = article.text.indexOf('paragraph has');
    const point = article.pointAt(offset)!;
    expect(point.node.data.slice(point.offset, point.offset + 'paragraph has'.length)).toBe('paragraph has');
    const inLink = article.text.indexOf('link');
    const linkPoint = article.pointAt(inLink)!;
    expect(linkPoint.node.parentNode!.nodeName.toLowerCase()).toBe('a');
    expect(linkPoint.node.data.slice(linkPoint.offset)).toBe('link');
  });

  it('maps offsets after collapsed whitespace correctly', () => {
    const offset = article.text.indexOf('first');
    const point = article.pointAt(offset)!;
    expect(point.node.data.slice(point.offset, point.offset + 5)).toBe('first');
  });

  it('returns null for the separators it synthesised between blocks', () => {
    const sep = article.text.indexOf('\n\n') + 1;
    expect(article.pointAt(sep)).toBeNull();
  });

  it('maps the end of a block to the end of its last text node', () => {
    const first = article.blocks[0];
    const end = article.pointAt(first.start + first.text.length)!;
    expect(end.offset).toBe(end.node.data.trimEnd().length);
  });
});

describe('block-aware text in steps', () => {
  function pauses<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
    let n = 0;
    for (;;) {
      const next = steps.next();
      if (next.done) return { value: next.value, pauses: n };
      n++;
    }
  }

  it('pauses through a br-separated dump (one element, tens of thousands of lines) and renders it as in one go', () => {
    // One element holding 20,000 paragraphs: neither walking its text nodes nor
    // cutting the text into its 20,000 blocks may happen in one step.
    const lines = 20_000;
    const html = `<div id="root">${Array.from({ length: lines }, (_, i) => `Line ${i} of the transcript, said the clerk.<br><br>`).join('')}</div>`;
    const whole = renderBlockText([page(html).getElementById('root')!]);
    const { value: stepped, pauses: n } = pauses(renderBlockTextSteps([page(html).getElementById('root')!]));
    expect(stepped.blocks.length).toBe(lines);
    // A pause per chunk of text nodes read, and another per chunk of blocks cut from the text.
    expect(n).toBeGreaterThanOrEqual((2 * lines) / WALK_CHUNK);
    expect(stepped.text).toBe(whole.text);
    expect(stepped.blocks.map((b) => [b.start, b.text])).toEqual(whole.blocks.map((b) => [b.start, b.text]));
    expect(stepped.blocks[lines - 1].text).toBe(`Line ${lines - 1} of the transcript, said the clerk.`);
  });
});
