/**
 * A highlight's colour on an extension page: the palette's swatch as a CSS custom property, so list
 * borders take their colour from model/palette.ts instead of a copy of it in the stylesheet.
 */
import { PALETTE_BY_ID, type HighlightColor } from '../model';

export function swatchStyle(color: HighlightColor): Record<string, string> {
  return { '--nm-swatch': PALETTE_BY_ID[color]?.swatch ?? PALETTE_BY_ID.yellow.swatch };
}
