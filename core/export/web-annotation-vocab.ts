/**
 * The names the Web Annotation export and its import share: Newsmark's JSON-LD namespace and how record
 * ids become annotation ids and back. Kept apart so the writer and the reader cannot drift.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Newsmark's own terms, for what the Web Annotation model has no words for. */
export const NEWSMARK_VOCAB = 'urn:x-newsmark:vocab#';
/** Bumped when a change would make an older Newsmark misread the file; older versions stay readable. */
export const FORMAT_VERSION = 1;

/**
 * The context written at the top: the W3C one first, so any Web Annotation reader understands the
 * annotations, then Newsmark's prefix. The structured extension values are JSON literals (JSON-LD 1.1
 * `@json`), so a JSON-LD processor keeps them whole instead of dropping their unmapped keys.
 */
export const NEWSMARK_CONTEXT = [
  ANNO_CONTEXT,
  {
    '@version': 1.1,
    newsmark: NEWSMARK_VOCAB,
    'newsmark:articles': { '@type': '@json' },
    'newsmark:collections': { '@type': '@json' },
    'newsmark:claim': { '@type': '@json' },
  },
] as const;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HIGHLIGHT_PREFIX = 'urn:x-newsmark:highlight:';
const CLAIM_PREFIX = 'urn:x-newsmark:claim:';

/** Annotation ids must be IRIs: a uuid becomes urn:uuid:…, anything else is percent-encoded under Newsmark's urn. */
export function highlightIri(id: string): string {
  return UUID_RE.test(id) ? `urn:uuid:${id}` : HIGHLIGHT_PREFIX + encodeURIComponent(id);
}

export function claimIri(id: string): string {
  return CLAIM_PREFIX + encodeURIComponent(id);
}

/** The record id of an annotation id; a foreign IRI is kept whole, so importing it twice finds the same record. */
export function recordId(iri: string): string {
  if (iri.startsWith('urn:uuid:') && UUID_RE.test(iri.slice(9))) return iri.slice(9);
  for (const prefix of [HIGHLIGHT_PREFIX, CLAIM_PREFIX]) {
    if (iri.startsWith(prefix)) {
      try {
        return decodeURIComponent(iri.slice(prefix.length));
      } catch {
        return iri;
      }
    }
  }
  return iri;
}
