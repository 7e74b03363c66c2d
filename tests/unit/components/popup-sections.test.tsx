// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { mount } from './mount';
import { ReactionsRow } from '../../../components/ReactionsRow';
import { ClaimsList } from '../../../components/ClaimsList';
import { HighlightsList } from '../../../components/HighlightsList';
import { Section } from '../../../components/Section';
import type { PageClaim, PageSpeaker } from '../../../messaging/protocol';
import type { HighlightRecord, Reaction } from '../../../storage/records';


const speakers: PageSpeaker[] = [
  { id: 's1', name: 'Ruth Okafor', kind: 'person', role: 'Mayor', mentions: 3 },
  { id: 's2', name: 'Daniel Reyes', kind: 'person', role: null, mentions: 2 },
];
function claim(id: string, speakerId: string, text: string, kind: PageClaim['kind'] = 'direct'): PageClaim {
  const speaker = speakers.find((s) => s.id === speakerId)!.name;
  return { id, speakerId, speaker, text, kind, cue: 'said', confidence: 0.9, selector: [] };
}

describe('ReactionsRow', () => {
  it('presses the chosen reaction; pressing it again clears it; another replaces it', () => {
    const chosen: (Reaction | null)[] = [];
    const el = mount(<ReactionsRow current="sad" onChange={(r) => chosen.push(r)} />);
    const buttons = [...el.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Touched', 'Sympathetic', 'Bored', 'Angry', 'Amused', 'Sad', 'Happy', 'No comment',
    ]);
    expect(buttons.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.textContent)).toEqual(['Sad']);
    buttons[5].click();
    buttons[7].click();
    expect(chosen).toEqual([null, 'no-comment']);
  });
});

describe('ClaimsList', () => {
  it('groups claims by speaker, most-quoted first, and shows page text as text', () => {
    const claims = [
      claim('c1', 's2', 'The fix is simple'),
      claim('c2', 's1', 'Someone typed <script>alert(1)</script> into the box'),
      claim('c3', 's1', 'the portal would stay closed', 'indirect'),
    ];
    const el = mount(<ClaimsList speakers={speakers} claims={claims} statuses={[]} onShow={() => {}} onSetStatus={() => {}} />);
    expect([...el.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Ruth Okafor', 'Daniel Reyes']);
    expect(el.querySelector('script')).toBeNull();
    expect(el.textContent).toContain('“Someone typed <script>alert(1)</script> into the box”');
    // Reported speech is not dressed as a quotation.
    expect(el.textContent).toContain('the portal would stay closed');
    expect(el.textContent).not.toContain('“the portal would stay closed”');
  });

  it('finds a stored status by the claim text, not by its place in the list', () => {
    const claims = [claim('c1', 's2', 'The fix is simple'), claim('c2', 's1', 'We will reopen on Monday')];
    const statuses = [
      { id: 'x', articleKey: 'k', quote: 'we will  reopen on monday', speaker: 'Ruth Okafor', selector: [], status: 'misleading' as const, note: 'It did not', modified: 1 },
    ];
    const el = mount(<ClaimsList speakers={speakers} claims={claims} statuses={statuses} onShow={() => {}} onSetStatus={() => {}} />);
    const items = [...el.querySelectorAll<HTMLElement>('.nm-claim')];
    const byText = (t: string) => items.find((i) => i.textContent!.includes(t))!;
    expect(byText('We will reopen').querySelector('select')!.value).toBe('misleading');
    expect(byText('We will reopen').querySelector('textarea')!.value).toBe('It did not');
    expect(byText('The fix is simple').querySelector('select')!.value).toBe('unverified');
  });
});

describe('Section', () => {
  it('folds under a real button that says whether it is open, with the count in the heading', () => {
    const toggled: boolean[] = [];
    const el = mount(
      <Section title="Claims" count={12} onToggle={(open) => toggled.push(open)}>
        <p>the list</p>
      </Section>,
    );
    const button = el.querySelector('h2 button')!;
    expect(el.querySelector('h2')!.textContent).toBe('Claims 12');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const body = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(body.textContent).toBe('the list');
    expect(body.hidden).toBe(false);
    act(() => (button as HTMLButtonElement).click());
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    expect(toggled).toEqual([false]);
  });

  it('opens as the caller remembered it', () => {
    const el = mount(
      <Section title="Speakers" open={false}>
        <p>people</p>
      </Section>,
    );
    expect(el.querySelector('h2 button')!.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector<HTMLElement>('[id^="section-body-"]')!.hidden).toBe(true);
  });
});

describe('ClaimsList over ten claims', () => {
  it('shows the most-quoted speakers first, ten claims, and "Show all" brings the rest', () => {
    const claims = [
      ...Array.from({ length: 3 }, (_, i) => claim(`d${i}`, 's2', `Reyes point ${i}`)),
      ...Array.from({ length: 9 }, (_, i) => claim(`r${i}`, 's1', `Okafor point ${i}`)),
    ];
    const el = mount(<ClaimsList speakers={speakers} claims={claims} statuses={[]} onShow={() => {}} onSetStatus={() => {}} />);
    expect(el.querySelectorAll('.nm-claim')).toHaveLength(10);
    expect([...el.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Ruth Okafor', 'Daniel Reyes']);
    expect(el.querySelectorAll('[data-speaker-id="s1"] .nm-claim')).toHaveLength(9);
    const showAll = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Show all 12 claims')!;
    act(() => showAll.click());
    expect(el.querySelectorAll('.nm-claim')).toHaveLength(12);
    expect(el.textContent).not.toContain('Show all');
  });

  it('shows ten or fewer claims whole, with no "Show all"', () => {
    const claims = Array.from({ length: 10 }, (_, i) => claim(`c${i}`, i % 2 ? 's1' : 's2', `Point ${i}`));
    const el = mount(<ClaimsList speakers={speakers} claims={claims} statuses={[]} onShow={() => {}} onSetStatus={() => {}} />);
    expect(el.querySelectorAll('.nm-claim')).toHaveLength(10);
    expect(el.textContent).not.toContain('Show all');
  });
});

describe('HighlightsList', () => {
  function highlight(id: string, exact: string, start: number, note = ''): HighlightRecord {
    return {
      id,
      articleKey: 'k',
      target: {
        source: 'k',
        url: 'https://news.example/a',
        selector: { v: 1, selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end: start + exact.length }] },
      },
      body: { color: 'yellow', note, tags: [] },
      created: 100 - start,
      modified: 1,
    };
  }

  it('lists attached highlights in page order and orphans apart, with their notes', () => {
    const list = [highlight('late', 'third passage', 300), highlight('early', 'first passage', 10), highlight('gone', 'removed passage', 200, 'my note')];
    const el = mount(<HighlightsList highlights={list} orphanIds={['gone']} attaching={false} onUpdate={() => {}} onDelete={() => {}} />);
    const attached = [...el.querySelectorAll(':scope > .nm-highlights > ul > li blockquote')].map((b) => b.textContent);
    expect(attached).toEqual(['first passage', 'third passage']);
    const orphans = el.querySelector('.nm-orphans')!;
    expect(orphans.querySelector('h3')!.textContent).toBe('Not found on page');
    expect(orphans.querySelector('blockquote')!.textContent).toBe('removed passage');
    expect(orphans.querySelector('textarea')!.value).toBe('my note');
  });

  it('says "Attaching…" while the page is still re-attaching', () => {
    const el = mount(<HighlightsList highlights={[]} orphanIds={[]} attaching={true} onUpdate={() => {}} onDelete={() => {}} />);
    expect(el.textContent).toContain('Attaching…');
  });
});
