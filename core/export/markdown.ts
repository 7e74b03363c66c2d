/**
 * Markdown for reading and pasting into notes: per article a heading linked to the source, its authors,
 * site and date, each highlight as a block quote with its note and tags, then the claims by speaker with
 * their status.
 *
 * Everything from a page or a user is escaped as text: markup in a quote must show as written, not
 * become HTML, a link or a heading in the reader's notes app. Escaping follows CommonMark (a backslash
 * before ASCII punctuation), limited to the characters that can start markup where they stand, so the
 * raw file stays readable.
 */
import type { ExportArticle, ExportClaim, ExportHighlight } from './types';
import { isoDate, publishedDateParts } from './dates';
import { liveArticles, statusLabel } from './live';

/** Characters that can open markup anywhere in a line. */
const INLINE_RE = /[\\`*_[\]<>|~&@]/g;
/** Markup that only counts at the start of a line: headings, quotes, lists, rules, setext underlines. */
const LINE_START_RE = /^([#>+\-=*]|\d+[.)])/;

function escapeLine(line: string): string {
  const inline = line
    .trimStart()
    .replace(INLINE_RE, (c) => '\\' + c)
    // GFM turns bare web addresses into links; an escaped colon or dot keeps them text.
    .replace(/\b(https?|ftp|mailto)(:)/gi, '$1\\:')
    .replace(/\bwww\./gi, 'www\\.');
  return inline.replace(LINE_START_RE, (m) => (/^\d/.test(m) ? m.slice(0, -1) + '\\' + m.slice(-1) : '\\' + m));
}

/** Inline text on one line (headings, names, tags). */
export function escapeMarkdown(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim());
}

/**
 * Text that may span lines, as Markdown lines each starting with `prefix` (for quotes, "> "; for list
 * items, the indent). Line breaks stay line breaks (a trailing backslash); blank lines stay paragraph
 * breaks.
 */
function block(text: string, prefix: string, firstPrefix = prefix): string[] {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[^\S\n]*\n/).map((p) =>
    p.split('\n').map(escapeLine).filter((l) => l.trim()),
  ).filter((lines) => lines.length);
  const out: string[] = [];
  paragraphs.forEach((lines, i) => {
    if (i > 0) out.push(prefix.trimEnd());
    lines.forEach((l, j) => out.push((out.length === 0 ? firstPrefix : prefix) + l + (j < lines.length - 1 ? '\\' : '')));
  });
  return out;
}

/** A link destination in angle brackets, which may hold anything but these. */
const destination = (url: string) => `<${url.replace(/[<>\\\s]/g, (c) => encodeURIComponent(c))}>`;

function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function heading(a: ExportArticle): string {
  const title = escapeMarkdown(a.title ?? a.url) || escapeMarkdown(a.url);
  // Only web links: a javascript: or data: address from a page is shown, never made clickable.
  return isWebUrl(a.url) ? `## [${title}](${destination(a.url)})` : `## ${title}`;
}

function metaLine(a: ExportArticle): string | null {
  const parts: string[] = [];
  // "King, Jr." holds a comma: then names are separated by semicolons, so none is read as two.
  const separator = a.authors.some((n) => n.includes(',')) ? '; ' : ', ';
  if (a.authors.length) parts.push('By ' + a.authors.map(escapeMarkdown).join(separator));
  if (a.siteName) parts.push(escapeMarkdown(a.siteName));
  const date = publishedDateParts(a.published);
  if (date) parts.push(isoDate(date));
  return parts.length ? parts.join(' · ') : null;
}

function highlightBlock(h: ExportHighlight): string[] {
  const quote = h.selectors.find((s) => s.type === 'TextQuoteSelector');
  const lines = block(quote?.exact ?? '', '> ');
  const out = lines.length ? [...lines, ''] : [];
  const note = block(h.note, '', '**Note:** ');
  if (note.length) out.push(...note, '');
  if (h.tags.length) out.push(`**Tags:** ${h.tags.map(escapeMarkdown).join(', ')}`, '');
  return out;
}

function claimsBySpeaker(a: ExportArticle): string[] {
  const groups = new Map<string, ExportClaim[]>();
  for (const c of a.claims) groups.set(c.speaker, [...(groups.get(c.speaker) ?? []), c]);
  const out: string[] = [];
  for (const [speaker, claims] of groups) {
    const role = a.speakers.find((s) => s.name === speaker)?.role;
    out.push(`#### ${escapeMarkdown(speaker) || 'Unnamed speaker'}${role ? ` (${escapeMarkdown(role)})` : ''}`, '');
    for (const c of claims) {
      const status = c.status === null ? '' : ` — **${escapeMarkdown(statusLabel(c.status))}**`;
      const text = block(`“${c.text}”`, '  ', '- ');
      if (text.length) text[text.length - 1] += status;
      out.push(...text);
      out.push(...block(c.note, '  ', '  *Note:* '));
    }
    out.push('');
  }
  return out;
}

function articleMarkdown(a: ExportArticle): string[] {
  const out = [heading(a), ''];
  const meta = metaLine(a);
  if (meta) out.push(meta, '');
  if (a.highlights.length) out.push('### Highlights', '', ...a.highlights.flatMap(highlightBlock));
  if (a.claims.length) out.push('### Claims', '', ...claimsBySpeaker(a));
  return out;
}

export function toMarkdown(articles: readonly ExportArticle[], options: { title?: string } = {}): string {
  const out: string[] = [];
  if (options.title) out.push(`# ${escapeMarkdown(options.title)}`, '');
  for (const a of liveArticles(articles)) out.push(...articleMarkdown(a));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
