import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS, PALETTE, highlightCss } from '../../../model';
import { COLOR_LABELS } from '../../../components/labels';
import * as legacy from '../../../storage/records';

describe('the palette table', () => {
  it('is what the content script ships: highlights.css is generated from it (npm run palette:css)', () => {
    const shipped = readFileSync(resolve(__dirname, '../../../entrypoints/content/highlights.css'), 'utf8');
    expect(shipped).toBe(highlightCss());
    for (const p of PALETTE) expect(shipped).toContain(`::highlight(newsmark-${p.id}) { background-color: ${p.paint}`);
  });

  it('gives every colour id a label and a swatch, ids unique', () => {
    expect(new Set(HIGHLIGHT_COLORS).size).toBe(PALETTE.length);
    for (const p of PALETTE) {
      expect(COLOR_LABELS[p.id]).toBe(p.label);
      expect(p.swatch).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('storage/records still re-exports the vocabulary for code that imports it from there', () => {
    expect(legacy.HIGHLIGHT_COLORS).toBe(HIGHLIGHT_COLORS);
    expect(legacy.CLAIM_STATUSES.length).toBeGreaterThan(0);
    expect(legacy.REACTIONS).toContain('no-comment');
  });
});
