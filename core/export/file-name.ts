/**
 * Download file names: "newsmark-<what>-<date>.<ext>", where <what> is the article title or collection
 * name made safe. Letters of every script are kept (a Greek title gives a Greek name, which every
 * current file system stores), everything else (slashes, dots, quotes, control and bidi characters)
 * becomes a hyphen, so a hostile title can neither pick a directory nor hide the real extension.
 */
import { isoDate, utcDateParts } from './dates';

const MAX_SLUG = 60;

export function slug(text: string | null | undefined): string {
  if (!text) return '';
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC').toLowerCase();
  const dashed = folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  // Cut by code points so an astral letter is never split in half, then drop a hyphen left at the cut.
  return Array.from(dashed).slice(0, MAX_SLUG).join('').replace(/-+$/, '');
}

export interface FileNameInput {
  /** Article title, collection name or search words; falls back to "library". */
  subject?: string | null;
  /** When the export is made (ms since epoch). */
  at: number;
  /** Without the leading dot: "jsonld", "md", "csv", "json", "bib", "ris", "claimreview.jsonld". */
  extension: string;
}

export function exportFileName({ subject, at, extension }: FileNameInput): string {
  const ext = extension.toLowerCase().replace(/[^a-z0-9.]/g, '').replace(/^\.+|\.+$/g, '').replace(/\.{2,}/g, '.') || 'txt';
  const parts = utcDateParts(at);
  const date = parts ? isoDate(parts) : '';
  return ['newsmark', slug(subject) || 'library', date].filter(Boolean).join('-') + '.' + ext;
}
