// @vitest-environment happy-dom
/**
 * Page text in any script is shown in its own direction: every element that
 * shows text from the page (or typed about it) carries dir="auto", so an
 * Arabic or Hebrew quote is right-aligned and its punctuation in place.
 */
import { describe, expect, it } from 'vitest';
import { mount } from './mount';
import { ClaimsList } from '../../../components/ClaimsList';
import { HighlightsList } from '../../../components/HighlightsList';
import { SpeakersList } from '../../../components/SpeakersList';
import type { PageClaim, PageSpeaker } from '../../../messaging/protocol';
import type { HighlightRecord } from '../../../storage/records';


const NAME = 'רות אוקפור';
const ROLE = 'ראש העירייה';
const QUOTE = 'הנמל ייפתח מחדש באביב';
const NOTE = 'לבדוק מול הפרוטוקול';

const speakers: PageSpeaker[] = [{ id: 's1', name: NAME, kind: 'person', role: ROLE, mentions: 2 }];
const claims: PageClaim[] = [
  { id: 'c1', speakerId: 's1', speaker: NAME, text: QUOTE, kind: 'direct', cue: 'said', confidence: 0.9, selector: [] },
];
const highlight: HighlightRecord = {
  id: 'h1',
  articleKey: 'https://news.example.com/a',
  target: {
    source: 'https://news.example.com/a',
    url: 'https://news.example.com/a',
    selector: { v: 1, selectors: [{ type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' }] },
  },
  body: { color: 'yellow', note: NOTE, tags: ['נמל'] },
  created: 1,
  modified: 1,
};

/** Every element showing `text` (as its text or its value), with the dir it gets from itself or an ancestor. */
function directionsOf(el: HTMLElement, text: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const node of el.querySelectorAll('*')) {
    const own = [...node.childNodes].some((c) => c.nodeType === 3 && (c.textContent ?? '').includes(text));
    const value = (node as HTMLInputElement).value;
    if (own || (typeof value === 'string' && value.includes(text))) {
      out.push(node.closest('[dir]')?.getAttribute('dir') ?? null);
    }
  }
  return out;
}

describe('page text direction', () => {
  it('speakers: name and role', () => {
    const el = mount(<SpeakersList speakers={speakers} claims={claims} />);
    for (const text of [NAME, ROLE]) {
      const dirs = directionsOf(el, text);
      expect(dirs.length, text).toBeGreaterThan(0);
      expect(dirs.every((d) => d === 'auto'), text).toBe(true);
    }
  });

  it('claims: speaker heading, claim text and its note', () => {
    const el = mount(
      <ClaimsList
        speakers={speakers}
        claims={claims}
        statuses={[{ id: 'x', articleKey: 'k', quote: QUOTE, speaker: NAME, selector: [], status: 'accurate', note: NOTE, modified: 1 }]}
        onShow={() => {}}
        onSetStatus={() => {}}
      />,
    );
    for (const text of [NAME, QUOTE, NOTE]) {
      const dirs = directionsOf(el, text);
      expect(dirs.length, text).toBeGreaterThan(0);
      expect(dirs.every((d) => d === 'auto'), text).toBe(true);
    }
  });

  it('highlights: quote, note and tags', () => {
    const el = mount(<HighlightsList highlights={[highlight]} orphanIds={[]} attaching={false} onUpdate={() => {}} onDelete={() => {}} />);
    for (const text of [QUOTE, NOTE, 'נמל']) {
      const dirs = directionsOf(el, text);
      expect(dirs.length, text).toBeGreaterThan(0);
      expect(dirs.every((d) => d === 'auto'), text).toBe(true);
    }
  });

  it('an empty speakers list can say why (a language attribution does not read)', () => {
    const el = mount(<SpeakersList speakers={[]} claims={[]} emptyText="Speakers and claims are found in English articles only" />);
    expect(el.textContent).toBe('Speakers and claims are found in English articles only');
  });
});
