import { describe, expect, it } from 'vitest';
import { renderBlockText } from '../../../core/extract/block-text';
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
