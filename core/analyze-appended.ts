/**
 * Content appended to an article after its analysis (an infinite feed, a
 * live blog, "load more") is analysed alone and merged into the analysis the
 * page already has, instead of the whole page being read again: the new
 * elements are rendered to text, attributed under what is left of the
 * page's budget, and their claims located on the page. Only the body-text
 * index (one walk of the page's Text nodes, no rendering or scoring) is
 * taken again, because positions on the page are counted from its start,
 * and only when the new part has claims to locate: once the page's budget
 * is spent (a long feed), or where the new part quotes no one, an append
 * costs the rendering of the new elements alone.
 *
 * The trade-offs: attribution starts afresh in the new part, so a surname or
 * a pronoun there that refers to someone named only above is joined to that
 * speaker by name afterwards (same name, or a surname that names exactly one
 * speaker already quoted), not by attribution's own reading; and the new
 * part is read with the hidden-element filter only, not the extractor's
 * furniture filter (which needs the page's scores).
 */
import { renderBlockTextSteps, pointAtOffset } from './extract/block-text';
import type { ExtractedArticle } from './extract/types';
import { BodyTextIndex } from './anchoring/body-text';
import { attributeExtractedSteps, type AttributeStepsFn, type AttributionBudget, type AttributionLimit, type DocumentAnalysis } from './analyze-steps';
import type { Steps } from './steps';

/** What is merged between the old article text and the appended text (a paragraph break, as between blocks). */
const JOIN = '\n\n';

export interface AppendedAnalysis {
  result: DocumentAnalysis;
  /** Characters of text rendered and attributed for the appended part: what this analysis read. */
  read: number;
}

function charsRead(previous: DocumentAnalysis): number {
  if (previous.limited) return previous.limited.chars;
  let n = 0;
  for (const b of previous.article?.blocks ?? []) n += b.text.length;
  return n;
}

export function* analyzeAppendedSteps(
  doc: Document,
  previous: DocumentAnalysis,
  roots: readonly Element[],
  attributeSteps: AttributeStepsFn,
  budget?: AttributionBudget,
): Steps<AppendedAnalysis> {
  const old = previous.article!;
  const rendered = yield* renderBlockTextSteps(roots);
  const part: ExtractedArticle = { ...old, text: rendered.text, blocks: rendered.blocks, pointAt: (o) => pointAtOffset(rendered.segments, o) };
  const spent = charsRead(previous);
  // A budget already spent reads nothing more; the note counts the new text as unread.
  const left = budget ? { ...budget, maxChars: previous.limited ? 0 : Math.max(0, budget.maxChars - spent) } : undefined;
  const added = left && left.maxChars === 0
    ? { speakers: [], claims: [], limited: null, ms: { extract: 0, attribute: 0, selectors: 0 } }
    : yield* attributeExtractedSteps({ article: part, index: () => BodyTextIndex.fromDocumentSteps(doc), ms: { extract: 0, selectors: 0 } }, attributeSteps, left);

  const newChars = rendered.blocks.reduce((n, b) => n + b.text.length, 0);
  let limited: AttributionLimit | null = previous.limited ?? null;
  const before = { chars: spent, ofChars: limited?.ofChars ?? spent, paragraphs: limited?.paragraphs ?? old.blocks.length, of: old.blocks.length };
  if (limited || (left && left.maxChars === 0 && newChars > 0)) {
    limited = { ...before, ofChars: before.ofChars + newChars, of: before.of + rendered.blocks.length };
  } else if (added.limited) {
    limited = {
      chars: spent + added.limited.chars,
      ofChars: spent + added.limited.ofChars,
      paragraphs: old.blocks.length + added.limited.paragraphs,
      of: old.blocks.length + added.limited.of,
    };
  }

  const shift = old.text.length + JOIN.length;
  const article: ExtractedArticle = {
    ...old,
    text: old.text + JOIN + rendered.text,
    blocks: [...old.blocks, ...rendered.blocks.map((b) => ({ ...b, start: b.start + shift }))],
    pointAt: (o) => (o < shift ? old.pointAt(o) : part.pointAt(o - shift)),
  };
  const { speakers, claims } = mergeClaims(previous, added);
  const attributed = left && left.maxChars === 0 ? 0 : Math.min(newChars, left?.maxChars ?? newChars);
  return {
    result: { article, speakers, claims, limited, ms: { extract: 0, attribute: added.ms.attribute, selectors: added.ms.selectors } },
    read: newChars + attributed,
  };
}

/**
 * The new part's speakers joined to those already quoted (by name, or by a
 * surname naming exactly one of them), its claims numbered after the old ones.
 */
export function mergeClaims(previous: Pick<DocumentAnalysis, 'speakers' | 'claims'>, added: Pick<DocumentAnalysis, 'speakers' | 'claims'>): Pick<DocumentAnalysis, 'speakers' | 'claims'> {
  const speakers = previous.speakers.map((s) => ({ ...s }));
  const byName = new Map(speakers.map((s) => [s.name.toLowerCase(), s]));
  let nextId = 1 + Math.max(0, ...speakers.map((s) => Number(/^s(\d+)$/.exec(s.id)?.[1] ?? 0)));
  const ids = new Map<string, (typeof speakers)[number]>();
  for (const s of added.speakers) {
    const name = s.name.toLowerCase();
    let same = byName.get(name);
    if (!same && !name.includes(' ')) {
      const bySurname = speakers.filter((o) => o.kind === s.kind && o.name.toLowerCase().endsWith(` ${name}`));
      if (bySurname.length === 1) same = bySurname[0];
    }
    if (same) {
      same.mentions += s.mentions;
    } else {
      same = { ...s, id: `s${nextId++}` };
      speakers.push(same);
      byName.set(name, same);
    }
    ids.set(s.id, same);
  }
  const claims = [
    ...previous.claims,
    ...added.claims.map((c, i) => {
      const speaker = ids.get(c.speakerId);
      return { ...c, id: `c${previous.claims.length + i + 1}`, speakerId: speaker?.id ?? c.speakerId, speaker: speaker?.name ?? c.speaker };
    }),
  ];
  return { speakers, claims };
}
