/**
 * The content script's code in parts. Only the bootstrap (index.ts) is
 * declared in the manifest and so compiled on every page; the analysis and
 * the highlights (anchoring, painting, the toolbar) are separate scripts the
 * background injects into this frame when they are needed: at idle for the
 * analysis, on a selection, a stored highlight or the popup for the rest.
 *
 * Why the background injects them (scripting.executeScript, or
 * tabs.executeScript in Firefox's MV2) rather than the bootstrap importing a
 * chunk with `import()`: a dynamic import needs the chunk listed in
 * web_accessible_resources, and any page can then probe
 * chrome-extension://<id>/chunk.js to learn that Newsmark is installed (and
 * its id, on Chromium). Injection needs no web-accessible file and shows the
 * page nothing; it costs a round trip to the background (a few ms) and the
 * 'scripting' permission, which adds no install warning beside the host
 * permissions we already hold. Each part is compiled in its own task, so no
 * single compilation approaches the 50 ms a page may be blocked.
 *
 * The parts register themselves on the content script's global object, which
 * lives in the extension's isolated world: the page's scripts cannot see it.
 * Extraction and attribution are apart because together they are the bulk
 * of the code (about 50 and 75 kB minified) and a page with no article never
 * needs attribution.
 */
import type { PageAnalyzer } from './page-analysis';
import type { startHighlights } from './highlights';
import type { scrollToClaim } from './scroll-to-claim';
import type { ClaimsOnPage } from './claims-on-page';
import type { AttributeStepsFn } from '../../core/analyze-steps';
import type { buildSnapshot } from '../../core/snapshot/build';

export interface Parts {
  analysis: { PageAnalyzer: typeof PageAnalyzer; scrollToClaim: typeof scrollToClaim; ClaimsOnPage: typeof ClaimsOnPage; buildSnapshot: typeof buildSnapshot };
  attribution: { attributeSteps: AttributeStepsFn };
  highlights: { startHighlights: typeof startHighlights };
}

export type PartName = keyof Parts;

/** The built file of each part (WXT writes unlisted scripts at the root of the output). */
export const PART_FILES: Record<PartName, string> = {
  analysis: '/newsmark-analysis.js',
  attribution: '/newsmark-attribution.js',
  highlights: '/newsmark-highlights.js',
};

export function isPartName(value: unknown): value is PartName {
  return typeof value === 'string' && Object.hasOwn(PART_FILES, value);
}

type Registry = Partial<Parts>;
const registry = (): Registry => ((globalThis as { __newsmarkParts?: Registry }).__newsmarkParts ??= {});

export function registerPart<K extends PartName>(name: K, part: Parts[K]): void {
  registry()[name] = part;
}

export function loadedPart<K extends PartName>(name: K): Parts[K] | undefined {
  return registry()[name];
}
