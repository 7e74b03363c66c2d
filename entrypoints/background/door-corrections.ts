/** The door's shape check for a selection a content script offers as a claim (see door.ts). */
import { InvalidRecordError } from '../../storage/errors';
import { checkArticle, checkSelectors, nonEmptyString } from '../../storage/validate';
import { MAX_SPEAKER_NAME } from '../../storage/corrections-validate';

/** More names than any article quotes; a page cannot flood the form's list. */
const MAX_SPEAKERS = 500;

export function checkPendingClaim(f: Record<string, unknown>): void {
  checkArticle(f.article);
  nonEmptyString(f.quote, 'The selected text');
  const selector = checkSelectors(f.selector, "The selection's selectors");
  if (!selector.some((s) => s.type === 'TextQuoteSelector')) throw new InvalidRecordError('The selection has no text selector.');
  const speakers = f.speakers;
  if (!Array.isArray(speakers) || speakers.length > MAX_SPEAKERS) throw new InvalidRecordError(`The speakers must be a list of at most ${MAX_SPEAKERS} names.`);
  for (const name of speakers) {
    if (typeof name !== 'string' || name.length > MAX_SPEAKER_NAME) throw new InvalidRecordError('A speaker in the list is not a name.');
  }
}
