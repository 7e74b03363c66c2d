/**
 * The element that holds the page's content. In a browser that is always
 * `document.body`. Parsers used outside the browser (linkedom in the CLI and
 * the benches) can leave `document.body` empty on malformed pages: with an
 * empty first `<body>` they open a second one inside the document element;
 * and when the page has no `<html>` start tag of its own (only ones inside
 * IE conditional comments, `<!--[if gt IE 9]><html><![endif]-->`), the
 * page's real `<body>` ends up a child of the document itself, beside the
 * document element. The first `<body>` with any element in it is the one.
 *
 * Only the extractor reads this. The body-text index that highlights and
 * claims are anchored in stays on `document.body`, which is right in every
 * browser; on such a misparsed page in the CLI the text is found but its
 * claims cannot be pointed at, as before.
 */
export function pageBody(doc: Document): Element | null {
  const hasElement = (el: Element | null | undefined): boolean => {
    for (let n = el?.firstChild ?? null; n; n = n.nextSibling) if (n.nodeType === 1) return true;
    return false;
  };
  if (doc.body && hasElement(doc.body)) return doc.body;
  // Read once per page; linkedom's sibling links between the document's own children are not reliable here.
  for (const n of Array.from(doc.childNodes)) {
    if (n.nodeType === 1 && (n as Element).localName === 'body' && hasElement(n as Element)) return n as Element;
  }
  return doc.documentElement ?? doc.body ?? null;
}
