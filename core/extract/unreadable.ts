/**
 * Where a page keeps text that extraction and anchoring cannot reach: inside
 * open shadow roots (web components, some publishers' article elements) and
 * same-origin iframes (embedded article bodies). Both read the light DOM of
 * the top document only, so such a page gives "no article" and highlights
 * that cannot be stored; the popup says why instead (issue 10).
 *
 * Only asked when no article was found, so the walk's cost is paid on pages
 * that had nothing else to do; it stops at MAX_ELEMENTS.
 */

export type UnreadableContent = 'shadow-root' | 'frame';

/** Less than this much hidden text is furniture (a video player, a share widget). */
const MIN_TEXT = 500;
const MAX_ELEMENTS = 50_000;

function textLength(node: Node | null | undefined): number {
  return node?.textContent?.replace(/\s+/g, ' ').trim().length ?? 0;
}

export function findUnreadableContent(doc: Document): UnreadableContent | null {
  const body = doc.body;
  if (!body) return null;
  const visible = textLength(body);
  let shadowText = 0;
  let frameText = 0;
  const elements = body.getElementsByTagName('*');
  for (let i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
    const element = elements[i];
    const shadow = (element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) shadowText += textLength(shadow);
    if (element.localName === 'iframe' || element.localName === 'frame') {
      try {
        // Cross-origin frames answer null (or throw in some browsers): not ours to read.
        frameText += textLength((element as HTMLIFrameElement).contentDocument?.body);
      } catch {
        // Cross-origin.
      }
    }
  }
  const hidden = Math.max(shadowText, frameText);
  if (hidden < MIN_TEXT || hidden < visible / 2) return null;
  return shadowText >= frameText ? 'shadow-root' : 'frame';
}
