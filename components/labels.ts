/**
 * The words the reader sees for each stored value. Records typed by the
 * storage unions, so a value added to storage without a label fails to compile;
 * the order of the lists themselves comes from storage/records.
 */
import type { ClaimStatus, HighlightColor, Reaction } from '../storage/records';

export const REACTION_LABELS: Record<Reaction, string> = {
  touched: 'Touched',
  sympathetic: 'Sympathetic',
  bored: 'Bored',
  angry: 'Angry',
  amused: 'Amused',
  sad: 'Sad',
  happy: 'Happy',
  'no-comment': 'No comment',
};

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  accurate: 'Accurate',
  inaccurate: 'Inaccurate',
  misleading: 'Misleading',
  'needs-context': 'Needs context',
};

export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};
