/**
 * Checks on a correction before it is stored. Corrections arrive as messages from extension pages (the
 * popup, the add-claim frame), so bad input is expected: each refusal says what is wrong in the reader's
 * words. The target (claim key or speaker key) is derived here from the text or name, never taken from
 * the caller, so a correction always names what it says it names.
 */
import { claimMatchKey } from '../core/claim-key';
import { speakerKey, type Correction } from '../core/corrections/types';
import type { CorrectionInput } from './records';
import { checkSelectors, fail, nonEmptyString } from './validate';

/** Longer than any person's or body's name; short enough that a pasted paragraph is not a "name". */
export const MAX_SPEAKER_NAME = 200;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A speaker's name as typed: trimmed, one space between words, not empty, not a paragraph. */
export function checkSpeakerName(value: unknown, what: string): string {
  if (typeof value !== 'string') fail(`${what} must be text.`);
  const name = value.replace(/\s+/g, ' ').trim();
  if (!name) fail(`${what} cannot be empty: type a name, or cancel.`);
  if (name.length > MAX_SPEAKER_NAME) fail(`${what} is ${name.length} characters long (at most ${MAX_SPEAKER_NAME}).`);
  return name;
}

function claimText(value: unknown): string {
  const quote = nonEmptyString(value, "The claim's text");
  if (!claimMatchKey(quote)) fail("The claim's text has no words.");
  return quote;
}

/** The correction to store, with its target derived; throws InvalidRecordError saying what is wrong. */
export function checkCorrection(input: unknown): { articleKey: string; correction: Correction } {
  if (!isObject(input)) fail('The correction is missing.');
  const articleKey = nonEmptyString(input.articleKey, "The correction's article key");
  const kind = input.kind;
  let correction: Correction;
  switch (kind) {
    case 'dismiss': {
      const quote = claimText(input.quote);
      correction = { kind, target: claimMatchKey(quote), quote };
      break;
    }
    case 'speaker': {
      const quote = claimText(input.quote);
      correction = { kind, target: claimMatchKey(quote), quote, speaker: checkSpeakerName(input.speaker, 'The speaker’s name') };
      break;
    }
    case 'add': {
      const quote = claimText(input.quote);
      const selector = checkSelectors(input.selector, "The added claim's selectors");
      if (!selector.some((s) => s.type === 'TextQuoteSelector' && s.exact.trim() !== '')) {
        fail('An added claim needs the selected text (a TextQuoteSelector), so it can be found on the page again.');
      }
      correction = { kind, target: claimMatchKey(quote), quote, speaker: checkSpeakerName(input.speaker, 'The speaker’s name'), selector };
      break;
    }
    case 'rename': {
      const from = checkSpeakerName(input.from, 'The speaker being renamed');
      const to = checkSpeakerName(input.to, 'A speaker’s new name');
      correction = { kind, target: speakerKey(from), from, to };
      break;
    }
    case 'merge': {
      const from = checkSpeakerName(input.from, 'The speaker being merged');
      const into = checkSpeakerName(input.into, 'The speaker merged into');
      if (speakerKey(from) === speakerKey(into)) fail('A speaker cannot be merged into itself.');
      correction = { kind, target: speakerKey(from), from, into };
      break;
    }
    default:
      fail(`Unknown correction ${JSON.stringify(kind)}; use one of dismiss, speaker, rename, merge, add.`);
  }
  return { articleKey, correction };
}

export function correctionId(articleKey: string, correction: Pick<Correction, 'kind' | 'target'>): string {
  return `${articleKey}#${correction.kind}#${correction.target}`;
}

/** A stored record handed back for an undo: checked like a new correction, with its id and times kept honest. */
export function checkCorrectionRecord(value: unknown): { articleKey: string; correction: Correction; created: number } {
  if (!isObject(value)) fail('The correction to restore is missing.');
  const checked = checkCorrection(value);
  const created = typeof value.created === 'number' && Number.isFinite(value.created) ? value.created : Date.now();
  return { ...checked, created };
}

export type { CorrectionInput };
