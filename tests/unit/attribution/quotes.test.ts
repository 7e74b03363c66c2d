import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../../core/attribution/quotes';

const contents = (text: string) => scanQuotes(text).map((q) => text.slice(q.contentStart, q.contentEnd));

describe('quote scanning', () => {
  it('finds curly and straight double quotes', () => {
    expect(contents('“Open the gates,” she said. "Now," he added.')).toEqual(['Open the gates,', 'Now,']);
  });

  it('reads British single quotes without stopping at apostrophes inside them', () => {
    expect(contents('‘We’re not moving, and the porters’ union won’t either,’ said Ms Hale.')).toEqual([
      'We’re not moving, and the porters’ union won’t either,',
    ]);
  });

  it('does not take apostrophes outside quotes for quotes', () => {
    expect(contents("The drivers' union met in the ’90s and again at St Cuthbert's hall.")).toEqual([]);
  });

  it('reports only the outer quote when quotes are nested', () => {
    expect(contents('"My boss told me, \'Pack your desk,\' and walked off," she said.')).toEqual([
      "My boss told me, 'Pack your desk,' and walked off,",
    ]);
  });

  it('reads guillemets', () => {
    expect(contents('«Nothing is decided», the mayor said.')).toEqual(['Nothing is decided']);
  });

  it('marks a quote still open at the end of the paragraph as running on', () => {
    const [q] = scanQuotes('"The first winter was the hardest. We burned the fences.');
    expect(q.openEnded).toBe(true);
  });
});
