/**
 * A saved page made inert for a browser bench: its own JavaScript must not
 * run (the fixtures were saved without it having run, and its timers and
 * handlers would compete with what we measure), yet the scripts we inject
 * with `page.addScriptTag` must. Chromium's `javaScriptEnabled: false` stops
 * both, so instead the page's executable scripts are given a type the browser
 * does not run. They stay in the DOM, as they are on a live page, and data
 * scripts (JSON-LD, which the metadata reads, templates) keep their type.
 * Inline event handlers and meta refreshes are renamed for the same reason.
 */

const TYPE_ATTR = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const EXECUTABLE_TYPE = /^\s*(?:module|(?:text|application)\/(?:x-)?(?:java|ecma|j|live)script)\s*(?:;.*)?$/i;

export const INERT_SCRIPT_TYPE = 'text/x-bench-inert';

function isExecutable(attrs: string): boolean {
  const m = TYPE_ATTR.exec(attrs);
  if (!m) return true;
  const type = m[1] ?? m[2] ?? m[3] ?? '';
  return type.trim() === '' || EXECUTABLE_TYPE.test(type);
}

export function inertHtml(html: string): string {
  return html
    .replace(/<script\b([^>]*)>/gi, (tag, attrs: string) =>
      isExecutable(attrs) ? `<script type="${INERT_SCRIPT_TYPE}"${attrs.replace(TYPE_ATTR, '')}>` : tag,
    )
    .replace(/<[a-z][\w-]*\s[^>]*>/gi, (tag) =>
      tag.replace(/(\s)(on[a-z]+\s*=)/gi, '$1data-inert-$2').replace(/\bhttp-equiv\s*=\s*(["']?)refresh\1/gi, 'data-inert-http-equiv="refresh"'),
    );
}
