import { isNeverText } from '../dom';

/**
 * Whether the people structured data names as authors are the ones the page
 * credits. Markup often names the account that posted the story or its
 * editor ("author": "Heryadi" where the page shows the byline "Naufal Zuhdi"
 * and, under the story, "Editor : Heryadi"); a reader cites the byline.
 *
 * A structured name is disowned by the page when it appears nowhere in the
 * page's visible text, or only right after an editor's label. Only then, and
 * only when the visible byline names other people altogether, does the
 * byline replace it (index.ts): a name the page shows anywhere else is kept.
 */

/** "Editor:", "Edited by", "Redaktur :", "Penyunting", "Editado por", "Redakteur", "A cura di", "Редактор". */
const EDITOR_LABEL =
  /(?:\beditor(?:a|e|in)?|\bedited by|\bredaktur|\bpenyunting|\beditado por|\bredakteur(?:in)?|\bredaktion|\ba cura di|\brédact(?:eur|rice)|\béditeur|\beditör|редактор|\bredacteur|\bbewerkt door|편집|編集)\s*[:：]?\s*$/iu;

/** Visible text of the page: every text node outside scripts, styles, forms and the like, one space apart. */
export function visibleText(doc: Document): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push((c as Text).data);
      else if (c.nodeType === 1 && !isNeverText((c as Element).localName)) walk(c);
    }
  };
  if (doc.body) walk(doc.body);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** True when `name` is shown somewhere other than after an editor's label. */
export function creditedOnPage(name: string, text: string): boolean {
  const hay = text.toLowerCase();
  const needle = name.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!needle) return false;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (!EDITOR_LABEL.test(text.slice(Math.max(0, at - 30), at))) return true;
  }
  return false;
}

/** Whether an element comes right after an editor's label in its own box ("Editor : <a>Heryadi</a>"): an editor's credit, no byline. */
export function afterEditorLabel(el: Element): boolean {
  let before = '';
  for (let p: Node | null = el; p && p.nodeType === 1 && before.length < 40; p = p.parentNode) {
    for (let s = p.previousSibling; s && before.length < 40; s = s.previousSibling) {
      if (s.nodeType === 3) before = (s as Text).data + before;
      else if (s.nodeType === 1 && !isNeverText((s as Element).localName)) before = (s.textContent ?? '') + before;
    }
    if (/\S/.test(before)) break;
  }
  return EDITOR_LABEL.test(before.replace(/\s+/g, ' '));
}
