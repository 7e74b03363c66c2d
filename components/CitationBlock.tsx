/**
 * The article's citation under its title: authors, site and date at a
 * glance, and under "Citation" each of title, authors, site, date and URL
 * editable, saved as typed (autosave.ts). The reader's corrections are kept
 * apart from the page's values (core/citation.ts), so each field can say
 * where its value came from and go back to the page's with one press.
 */
import { useState } from 'preact/hooks';
import {
  citationProblem,
  citedMetadata,
  formatAuthors,
  parseAuthors,
  type CitationCorrections,
  type CitationField,
  type CitationPatch,
} from '../core/citation';
import type { MetadataSources } from '../core/extract/types';
import type { ArticleRef } from '../messaging/protocol';
import { saveStateText, useAutosave } from './autosave';
import './workbench.css';

/** Where a value came from, in the reader's words (the extractor's source names, core/extract/metadata). */
const SOURCE_WORDS: Record<string, string> = {
  h1: "the page's headline",
  'json-ld': "the page's structured data (JSON-LD)",
  'json-ld-organization': "the page's structured data (an organisation)",
  'open-graph': "the page's Open Graph tags",
  twitter: "the page's Twitter card tags",
  meta: "the page's meta tags",
  highwire: "the page's citation tags",
  'dublin-core': "the page's Dublin Core tags",
  microdata: "the page's microdata",
  byline: 'the byline on the page',
  dateline: 'the dateline on the page',
  time: 'a date shown on the page',
  'title-tag': "the window's title",
  host: "the site's address",
  url: "the page's address",
  link: "the page's canonical link",
};

export interface CitationBlockProps {
  article: ArticleRef;
  /** The authors one by one as extracted; else read from the byline. */
  authors?: string[];
  sources?: MetadataSources | null;
  /** The reader's corrections as stored. */
  corrections: CitationCorrections | null | undefined;
  /** Resolves once stored; rejects when the write failed. */
  onSave: (patch: CitationPatch) => Promise<unknown>;
}

interface FieldSpec {
  field: CitationField;
  label: string;
  placeholder: string;
  source: keyof MetadataSources | 'address';
}

const FIELDS: FieldSpec[] = [
  { field: 'title', label: 'Title', placeholder: 'The headline as cited', source: 'title' },
  { field: 'authors', label: 'Authors', placeholder: 'Names, separated by semicolons', source: 'authors' },
  { field: 'siteName', label: 'Site', placeholder: 'The publication', source: 'siteName' },
  { field: 'published', label: 'Published', placeholder: '2024-03-05', source: 'published' },
  { field: 'url', label: 'URL', placeholder: 'https://…', source: 'address' },
];

/** "2024-03-05T10:00:00Z" → "5 March 2024", the day as the publisher wrote it (not moved by the reader's zone). */
export function readableDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 0, m[3] ? Number(m[3]) : 0];
  const date = new Date(Date.UTC(year, Math.max(0, month - 1), Math.max(1, day)));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', ...(month ? { month: 'long' } : {}), ...(day ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(undefined, options).format(date);
}

export function CitationBlock(props: CitationBlockProps) {
  const corrections = props.corrections ?? {};
  const page = citedMetadata({ ...props.article }, props.authors);
  const cited = citedMetadata({ ...props.article, citation: corrections }, props.authors);
  const saver = useAutosave<CitationPatch>((patch) => props.onSave(patch));
  /** What the reader is typing, per field, shown as typed until they leave the field. */
  const [drafts, setDrafts] = useState<Partial<Record<CitationField, string>>>({});
  const [problems, setProblems] = useState<Partial<Record<CitationField, string>>>({});

  const shown = (field: CitationField): string => {
    const draft = drafts[field];
    if (draft !== undefined) return draft;
    return field === 'authors' ? formatAuthors(cited.authors) : (cited[field] ?? '');
  };
  const edit = (field: CitationField, typed: string) => {
    setDrafts((d) => ({ ...d, [field]: typed }));
    const value = field === 'authors' ? parseAuthors(typed) : typed.trim();
    const problem = field === 'authors' || value ? citationProblem(field, value) : null;
    setProblems((p) => ({ ...p, [field]: problem ?? undefined }));
    // A value that cannot be stored stays on screen, with why, until it is fixed: nothing typed is lost.
    if (!problem) saver.schedule({ [field]: field === 'authors' ? value : value || null } as CitationPatch);
  };
  const reset = (field: CitationField) => {
    setDrafts((d) => ({ ...d, [field]: undefined }));
    setProblems((p) => ({ ...p, [field]: undefined }));
    saver.schedule({ [field]: null } as CitationPatch);
    saver.flush();
  };
  const hint = (spec: FieldSpec): string => {
    if (spec.field in corrections) return 'Edited by you';
    const source = spec.source === 'address' ? 'url' : props.sources?.[spec.source];
    const empty = spec.field === 'authors' ? page.authors.length === 0 : !page[spec.field as Exclude<CitationField, 'authors'>];
    if (empty) return 'Not found on the page';
    return source ? `From ${SOURCE_WORDS[source] ?? source}` : '';
  };

  const summary = [cited.authors.length ? `By ${cited.authors.join(', ')}` : null, cited.siteName, readableDate(cited.published)].filter(Boolean);
  return (
    <div class="nm-citation">
      <h1 dir="auto">{cited.title ?? 'Untitled page'}</h1>
      {summary.length ? (
        <p class="nm-site nm-citation-line" dir="auto">
          {summary.join(' · ')}
        </p>
      ) : null}
      <details class="nm-citation-edit">
        <summary>Citation</summary>
        {FIELDS.map((spec) => {
          const id = `nm-citation-${spec.field}`;
          const edited = spec.field in corrections;
          return (
            <div class="nm-citation-field" key={spec.field}>
              <label for={id}>{spec.label}</label>
              <input
                id={id}
                type="text"
                dir="auto"
                value={shown(spec.field)}
                placeholder={spec.placeholder}
                aria-invalid={problems[spec.field] ? true : undefined}
                aria-describedby={`${id}-hint`}
                onInput={(e) => edit(spec.field, e.currentTarget.value)}
                onBlur={() => {
                  saver.flush();
                  // Left empty: the page's value shows again (it is what is cited).
                  if (!problems[spec.field]) setDrafts((d) => ({ ...d, [spec.field]: undefined }));
                }}
              />
              <p class="nm-citation-hint" id={`${id}-hint`}>
                {problems[spec.field] ? <span class="nm-citation-problem">{problems[spec.field]}</span> : hint(spec)}
                {edited ? (
                  <>
                    {' '}
                    <button type="button" class="nm-link-button" onClick={() => reset(spec.field)}>
                      Use the page's
                    </button>
                  </>
                ) : null}
              </p>
            </div>
          );
        })}
        <span class="nm-save-state" aria-live="polite">
          {saveStateText(saver.state.value)}
        </span>
      </details>
    </div>
  );
}
