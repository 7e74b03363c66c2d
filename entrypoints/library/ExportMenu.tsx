/**
 * "Export as …": one control for every format, used for the whole library, one article and a search
 * result. The formats are core/export's pure functions; the file name comes from exportFileName.
 */
import { useState } from 'preact/hooks';
import {
  EXPORT_FORMATS, exportFileName, toBibtex, toClaimReviewJson, toCslJson, toCsv, toMarkdown, toRis, toWebAnnotationJson,
  type ExportLibrary,
} from '../../core/export';
import { attempt } from '../../components/write-attempt';
import { download } from './download';

type FormatId = keyof typeof EXPORT_FORMATS;

const FORMATS: { id: FormatId; label: string; write: (lib: ExportLibrary, label: string, at: number) => string }[] = [
  { id: 'jsonld', label: 'Web Annotation JSON-LD (backup)', write: (lib, label, at) => toWebAnnotationJson(lib, { exportedAt: at, label }) },
  { id: 'markdown', label: 'Markdown', write: (lib, label) => toMarkdown(lib.articles, { title: label }) },
  { id: 'csv', label: 'CSV', write: (lib) => toCsv(lib.articles) },
  { id: 'cslJson', label: 'CSL-JSON (Zotero, Mendeley)', write: (lib) => toCslJson(lib.articles) },
  { id: 'bibtex', label: 'BibTeX', write: (lib) => toBibtex(lib.articles) },
  { id: 'ris', label: 'RIS', write: (lib) => toRis(lib.articles) },
  { id: 'claimReview', label: 'ClaimReview (schema.org)', write: (lib) => toClaimReviewJson(lib.articles) },
];

export interface ExportMenuProps {
  /** What is exported, for the file name and the file's label: an article title, "library", search words. */
  subject: string;
  /** Reads what to export when the reader presses Export (not before: a whole library is large). */
  load: () => Promise<ExportLibrary>;
  /** Distinguishes several menus on one page for assistive technology. */
  name: string;
}

export function ExportMenu({ subject, load, name }: ExportMenuProps) {
  const [format, setFormat] = useState<FormatId>('jsonld');
  const [busy, setBusy] = useState(false);
  const id = `export-${name.replace(/\W+/g, '-')}`;
  return (
    <div class="nm-export" role="group" aria-label={`Export ${name}`}>
      <label for={id}>Export as</label>{' '}
      <select id={id} value={format} onChange={(e) => setFormat(e.currentTarget.value as FormatId)}>
        {FORMATS.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await attempt(async () => {
            const chosen = FORMATS.find((f) => f.id === format)!;
            const at = Date.now();
            const text = chosen.write(await load(), subject, at);
            const { extension, type } = EXPORT_FORMATS[format];
            download(text, exportFileName({ subject, at, extension }), type);
          });
          setBusy(false);
        }}
      >
        Export
      </button>
    </div>
  );
}
