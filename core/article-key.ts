/** Skeleton version: canonical link, else the URL without fragment. */
export function articleKey(doc: Document, url: string): string {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const target = new URL(canonical || url, url);
  target.hash = '';
  return target.href;
}
