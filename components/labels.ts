/**
 * The words the reader sees for each stored value. They live with the vocabulary in model/ (colour
 * labels in the palette table); this module keeps the names the components already use.
 */
import { PALETTE, type HighlightColor } from '../model';

export { CLAIM_STATUS_LABELS, REACTION_LABELS } from '../model';

export const COLOR_LABELS = Object.fromEntries(PALETTE.map((p) => [p.id, p.label])) as Record<HighlightColor, string>;
