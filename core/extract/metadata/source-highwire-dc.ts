import type { FieldCandidates } from './candidates';
import type { MetaTags } from './meta-tags';
import { metaTagCandidates, type Family } from './source-meta-tags';

/**
 * Highwire `citation_*` tags (journals, repositories, Google Scholar) and
 * Dublin Core (`DC.*`, `dcterms.*`): catalogue metadata, often one tag per
 * author written surname first.
 */
const FAMILIES: Family[] = [
  {
    source: 'highwire',
    title: ['citation_title'],
    authors: ['citation_author'],
    published: ['citation_publication_date', 'citation_date', 'citation_online_date'],
    siteName: ['citation_journal_title'],
    description: ['citation_abstract'],
  },
  {
    source: 'dublin-core',
    title: ['dc:title', 'dc.title', 'dcterms.title', 'dcterm:title'],
    authors: ['dc:creator', 'dc.creator', 'dcterms.creator'],
    published: ['dc.date', 'dc:date', 'dcterms.created', 'dcterms.date', 'dc.date.issued', 'dcterms.issued'],
    modified: ['dcterms.modified'],
    siteName: ['dc.publisher', 'dc:publisher', 'dcterms.publisher'],
    description: ['dc:description', 'dc.description', 'dcterms.description'],
    language: ['dc.language', 'dc:language'],
  },
];

export function highwireDublinCoreCandidates(tags: MetaTags): Partial<FieldCandidates> {
  return metaTagCandidates(tags, FAMILIES);
}
