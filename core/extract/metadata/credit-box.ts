import { collapsedText } from '../dom';
import { inReaderContent, inTeaser } from './byline';
import { parseByline } from './byline-names';

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
  return creditLine(doc);
}

/** A line that opens with a credit label and a colon: "Текст: Ирина Соколова", "Autor: Jan Kowalski", "Text: Anna Keller". */
const LINE_LABEL = /^(?:текст|автор|авторы|text|texte|testo|tekst|autor|autorin|autoren|author|authors|auteur|autore|yazar|penulis)\s*[:：]\s*\S/iu;
/** Short boxes looked at for such a line. */
const CREDIT_LINES_LOOKED_AT = 2000;

/**
 * The credits some sites print as a line of their own at the story's end, one
 * role a line: "Текст: Ирина Соколова<br>Фото: Павел Рябов". The writer's
 * line credits the author; the photographer's (and the lines after) do not.
 * Read only where no byline and no credit box named anyone; never inside a
 * comment or another story's teaser.
 */
function creditLine(doc: Document): string[] {
  for (const el of Array.from(doc.querySelectorAll('p, div, span, li')).slice(0, CREDIT_LINES_LOOKED_AT)) {
    if (el.childElementCount > 4) continue;
    const text = lineText(el);
    if (text.length > 120 || !LINE_LABEL.test(text) || inReaderContent(el) || inTeaser(el)) continue;
    const names = parseByline(text).filter((n) => looksLikeName(n));
    if (names.length > 0) return names;
  }
  return [];
}

/** An element's text with each line break as " / ": two lines of credits are not glued into one word. */
function lineText(el: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data;
      else if (c.nodeType === 1) {
        if ((c as Element).localName === 'br') out += ' / ';
        else walk(c);
      }
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/** Two to four capitalised words, or a name in a script without case (CJK): what a credit box's name looks like. */
function looksLikeName(name: string): boolean {
  if (/^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,6}$/u.test(name)) return true;
  const w = name.split(/\s+/);
  return w.length >= 2 && w.length <= 4 && w.every((x) => /^(?:\p{Lu}[\p{L}'’.-]*|de|da|di|van|von|der|den|le|la|del|bin)$/u.test(x));
}

