/**
 * The words every context shares: claim statuses and reactions, with the labels the reader sees.
 * Records typed by the unions, so a value added without a label fails to compile.
 */

export type ClaimStatus = 'unverified' | 'accurate' | 'inaccurate' | 'misleading' | 'needs-context';
export const CLAIM_STATUSES: readonly ClaimStatus[] = [
  'unverified',
  'accurate',
  'inaccurate',
  'misleading',
  'needs-context',
];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  accurate: 'Accurate',
  inaccurate: 'Inaccurate',
  misleading: 'Misleading',
  'needs-context': 'Needs context',
};

export type Reaction =
  | 'touched'
  | 'sympathetic'
  | 'bored'
  | 'angry'
  | 'amused'
  | 'sad'
  | 'happy'
  | 'no-comment';
export const REACTIONS: readonly Reaction[] = [
  'touched',
  'sympathetic',
  'bored',
  'angry',
  'amused',
  'sad',
  'happy',
  'no-comment',
];

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
