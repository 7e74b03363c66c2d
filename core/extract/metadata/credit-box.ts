import { collapsedText } from '../dom';
import { inReaderContent, parseByline } from './byline';

/** A label standing alone before the names it introduces, in the languages of most news sites. */
const CREDIT_LABEL = /^(?:autor|autorin|autorin\/autor|autor\/autorin|autoren|autorinnen|author|authors|written by|auteur|auteurs|autore|autori|autores|автор|авторы|текст|yazar|penulis|skribent|forfatter|författare|kirjoittaja|auteur\(s\))\s*[:：]?$/iu;

/** Label elements looked at: the credit sits in a box of facts about the story, after it as often as before. */
const CREDIT_LABELS_LOOKED_AT = 400;

/**
 * The credit in a box of facts about the story ("<li><strong>Autorin/Autor</strong>
 * Roman Goncharenko</li>", "<dt>Author</dt><dd>Ana Ruiz</dd>"): a label
 * element whose whole text is a credit label, and the name right after it,
 * in its own box or the next one. Read only when no byline was found near
 * the headline; names must look like a person's, as such boxes also list
 * sections and sources.
 */
export function labelledCredit(doc: Document): string[] {
  const labels = Array.from(doc.querySelectorAll('strong, b, dt, th, label, span')).slice(0, CREDIT_LABELS_LOOKED_AT * 4);
  let looked = 0;
  for (const label of labels) {
    const own = collapsedText(label);
    if (own.length > 24) continue;
    if (++looked > CREDIT_LABELS_LOOKED_AT) break;
    if (!CREDIT_LABEL.test(own) || inReaderContent(label)) continue;
    const parent = label.parentElement;
    // The rest of the label's own box ("<li><strong>Autor</strong> Name</li>"), else the next box (a <dd>, a <td>).
    const rest = parent ? collapsedText(parent).slice(collapsedText(parent).indexOf(own) + own.length).trim() : '';
    const next = label.nextElementSibling ?? parent?.nextElementSibling ?? null;
    const value = rest || (next ? collapsedText(next) : '');
    if (!value || value.length > 80) continue;
    const names = parseByline(value).filter((n) => looksLikeName(n));
    if (names.length > 0) return names;
  }
  return [];
}

/** Two to four capitalised words, or a name in a script without case (CJK): what a credit box's name looks like. */
function looksLikeName(name: string): boolean {
  if (/^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,6}$/u.test(name)) return true;
  const w = name.split(/\s+/);
  return w.length >= 2 && w.length <= 4 && w.every((x) => /^(?:\p{Lu}[\p{L}'’.-]*|de|da|di|van|von|der|den|le|la|del|bin)$/u.test(x));
}

