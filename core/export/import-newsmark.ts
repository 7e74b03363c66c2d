/**
 * Reads a Newsmark backup (the collection `toWebAnnotation` writes) back into the exact library it was
 * made from. Strict: every field is checked, every annotation must belong to an article of the file and
 * every article's collection must exist, because a backup that restores half its data silently is
 * worse than one refused with the reason.
 */
import type { SpeakerKind } from '../attribution/types';
import type { ExportArticle, ExportClaim, ExportCollection, ExportHighlight, ExportLibrary, ExportSpeaker } from './types';
import {
  fail, isObj, list, nonEmpty, obj, oneOf, str, strOrNull, strings, time, timeOrNull, types, type Obj,
} from './import-fields';
import { targetSelectors } from './import-selectors';
import { readCorrections } from './import-corrections';
import { readSnapshot } from './import-snapshot';
import { recordId } from './web-annotation-vocab';
import { CITATION_FIELDS, applyCitationPatch, type CitationCorrections, type CitationPatch } from '../citation';

export interface ImportVocabulary {
  colors?: readonly string[];
  statuses?: readonly string[];
  reactions?: readonly string[];
}

const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'unnamed'];

function readSpeaker(x: unknown, where: string): ExportSpeaker {
  const o = obj(x, where);
  return {
    name: nonEmpty(o, 'name', where),
    kind: oneOf(str(o, 'kind', where), SPEAKER_KINDS, 'speaker kind', where) as SpeakerKind,
    role: strOrNull(o, 'role', where),
  };
}

function readArticle(x: unknown, i: number, vocab: ImportVocabulary, collectionIds: Set<string>): ExportArticle {
  const where = `article ${i + 1}`;
  const o = obj(x, where);
  const key = nonEmpty(o, 'key', where);
  const at = `article ${i + 1} (${key})`;
  let reaction: ExportArticle['reaction'] = null;
  if (o.reaction !== null && o.reaction !== undefined) {
    const r = obj(o.reaction, `${at}, reaction`);
    reaction = { value: oneOf(str(r, 'value', at), vocab.reactions, 'reaction', at), at: time(r, 'at', `${at}, reaction`) };
  }
  const collections = strings(o, 'collections', at);
  for (const c of collections) if (!collectionIds.has(c)) fail(at, `is in collection "${c}", which the file does not define`);
  if (!Array.isArray(o.speakers)) fail(at, '"speakers" must be a list');
  return {
    key,
    url: nonEmpty(o, 'url', at),
    urls: strings(o, 'urls', at),
    title: strOrNull(o, 'title', at),
    siteName: strOrNull(o, 'siteName', at),
    byline: strOrNull(o, 'byline', at),
    authors: strings(o, 'authors', at),
    published: strOrNull(o, 'published', at),
    text: strOrNull(o, 'text', at),
    savedAt: time(o, 'savedAt', at),
    updatedAt: time(o, 'updatedAt', at),
    reaction,
    collections,
    speakers: o.speakers.map((s, j) => readSpeaker(s, `${at}, speaker ${j + 1}`)),
    highlights: [],
    claims: [],
    deleted: timeOrNull(o, 'deleted', at),
    ...readCitation(o.citation),
    // Before the corrections, in the order toExportLibrary writes them: the import plan compares records as JSON.
    ...readSnapshot(o.snapshot, at),
    ...readCorrections(o.corrections, at),
  };
}

/** The reader's citation corrections, when the backup has them; values of the wrong type are left out. */
function readCitation(x: unknown): { citation?: CitationCorrections } {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return {};
  const o = x as Record<string, unknown>;
  const patch: CitationPatch = {};
  for (const field of CITATION_FIELDS) {
    const v = o[field];
    if (field === 'authors' ? Array.isArray(v) && v.every((n) => typeof n === 'string') : typeof v === 'string') {
      (patch as Record<string, unknown>)[field] = v;
    }
  }
  const citation = applyCitationPatch(null, patch);
  return citation ? { citation } : {};
}

function readCollection(x: unknown, i: number): ExportCollection {
  const where = `collection ${i + 1}`;
  const o = obj(x, where);
  const modified = o.modified === undefined ? undefined : time(o, 'modified', where);
  return { id: nonEmpty(o, 'id', where), name: str(o, 'name', where), created: time(o, 'created', where), ...(modified !== undefined ? { modified } : {}) };
}

/** Notes, tags and the verdict, from the annotation's TextualBody items by purpose. */
function readBodies(a: Obj, where: string): { note: string; tags: string[]; status: string | null } {
  let note = '';
  const tags: string[] = [];
  let status: string | null = null;
  list(a.body).forEach((b, i) => {
    const o = obj(b, `${where}, body ${i + 1}`);
    const value = str(o, 'value', `${where}, body ${i + 1}`);
    if (o.purpose === 'tagging') tags.push(value);
    else if (o.purpose === 'assessing') status = value;
    else if (o.purpose === 'commenting') note = value;
    else fail(`${where}, body ${i + 1}`, `unknown purpose ${JSON.stringify(o.purpose)}`);
  });
  return { note, tags, status };
}

function readHighlight(a: Obj, id: string, where: string, vocab: ImportVocabulary): ExportHighlight {
  const { source, selectors } = targetSelectors(a.target, where, { requireQuote: true });
  const { note, tags, status } = readBodies(a, where);
  if (status !== null) fail(where, 'a highlight cannot carry a verdict (an "assessing" body)');
  return {
    id,
    url: source,
    selectors,
    color: oneOf(str(a, 'newsmark:color', where), vocab.colors, 'colour', where),
    note,
    tags,
    created: time(a, 'created', where),
    modified: time(a, 'modified', where),
    deleted: timeOrNull(a, 'newsmark:deleted', where),
  };
}

function readClaim(a: Obj, id: string, where: string, vocab: ImportVocabulary): ExportClaim {
  const { selectors } = targetSelectors(a.target, where, { allowNone: true });
  const { note, tags, status } = readBodies(a, where);
  if (tags.length) fail(where, 'a claim cannot carry tags');
  const c = obj(a['newsmark:claim'], `${where}, newsmark:claim`);
  return {
    id,
    text: str(c, 'text', where),
    speaker: str(c, 'speaker', where),
    selectors,
    status: status === null ? null : oneOf(status, vocab.statuses, 'claim status', where),
    note,
    modified: timeOrNull(a, 'modified', where),
  };
}

export function readNewsmarkBackup(root: Obj, items: unknown[], vocab: ImportVocabulary): ExportLibrary {
  if (!Array.isArray(root['newsmark:collections'])) fail('the file', '"newsmark:collections" must be a list');
  if (!Array.isArray(root['newsmark:articles'])) fail('the file', '"newsmark:articles" must be a list');
  const collections = root['newsmark:collections'].map(readCollection);
  const collectionIds = new Set<string>();
  for (const c of collections) {
    if (collectionIds.has(c.id)) fail('the file', `collection "${c.id}" appears twice`);
    collectionIds.add(c.id);
  }
  const articles = root['newsmark:articles'].map((a, i) => readArticle(a, i, vocab, collectionIds));
  const byKey = new Map<string, ExportArticle>();
  for (const a of articles) {
    if (byKey.has(a.key)) fail('the file', `article "${a.key}" appears twice`);
    byKey.set(a.key, a);
  }
  const seen = new Set<string>();
  items.forEach((x, i) => {
    let where = `annotation ${i + 1}`;
    const a = obj(x, where);
    const iri = nonEmpty(a, 'id', where);
    where = `annotation ${i + 1} (${iri})`;
    if (!types(a).includes('Annotation')) fail(where, 'is not of type "Annotation"');
    if (seen.has(iri)) fail(where, 'appears twice');
    seen.add(iri);
    const article = byKey.get(str(a, 'newsmark:article', where));
    if (!article) fail(where, `belongs to article ${JSON.stringify(a['newsmark:article'])}, which the file does not list`);
    if (isObj(a['newsmark:claim'])) article.claims.push(readClaim(a, recordId(iri), where, vocab));
    else article.highlights.push(readHighlight(a, recordId(iri), where, vocab));
  });
  return { articles, collections };
}
