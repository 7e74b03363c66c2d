import { attribute } from '../../../core/attribution/index';
import type { AttributionResult, FoundClaim } from '../../../core/attribution/types';

/** Runs attribution over paragraphs laid out the way the extractor joins them (blank line between). */
export function run(...paragraphs: string[]): AttributionResult & { text: string } {
  let offset = 0;
  const paras = paragraphs.map((text) => {
    const p = { text, start: offset };
    offset += text.length + 2;
    return p;
  });
  return { ...attribute({ paragraphs: paras }), text: paragraphs.join('\n\n') };
}

export function runWithAuthors(authors: string[], ...paragraphs: string[]) {
  let offset = 0;
  const paras = paragraphs.map((text) => {
    const p = { text, start: offset };
    offset += text.length + 2;
    return p;
  });
  return attribute({ paragraphs: paras, authors });
}

/** The one claim whose text contains `fragment`; fails loudly when there is none or several. */
export function claimWith(result: AttributionResult, fragment: string): FoundClaim {
  const found = result.claims.filter((c) => c.text.includes(fragment));
  if (found.length !== 1) {
    throw new Error(`expected one claim containing "${fragment}", got ${found.length}: ${JSON.stringify(result.claims.map((c) => [c.speaker, c.kind, c.text]))}`);
  }
  return found[0];
}
