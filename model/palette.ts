/**
 * The highlight palette: one table, from which every place that shows a colour takes it: the
 * colour ids stored with highlights, their labels, the toolbar's swatches, the library's and popup's
 * borders, and the `::highlight()` rules the content script ships (generated from this table by
 * `highlightCss()` into entrypoints/content/highlights.css; a unit test fails when the file is stale).
 */

export interface PaletteEntry {
  /** Stored in HighlightRecord.body.color: never rename one (users' records hold it). */
  id: string;
  label: string;
  /** Opaque colour: toolbar swatch and list borders. */
  swatch: string;
  /** Translucent paint behind the page's text, so the words stay readable on any background. */
  paint: string;
}

export const PALETTE = [
  { id: 'yellow', label: 'Yellow', swatch: '#ffdd57', paint: 'rgba(255, 221, 87, 0.6)' },
  { id: 'green', label: 'Green', swatch: '#78dc8c', paint: 'rgba(120, 220, 140, 0.55)' },
  { id: 'blue', label: 'Blue', swatch: '#78b4ff', paint: 'rgba(120, 180, 255, 0.5)' },
  { id: 'pink', label: 'Pink', swatch: '#ff8cbe', paint: 'rgba(255, 140, 190, 0.5)' },
  { id: 'purple', label: 'Purple', swatch: '#be96ff', paint: 'rgba(190, 150, 255, 0.5)' },
] as const satisfies readonly PaletteEntry[];

export type HighlightColor = (typeof PALETTE)[number]['id'];

export const HIGHLIGHT_COLORS: readonly HighlightColor[] = PALETTE.map((p) => p.id);

/** The colour a highlight gets when the reader did not pick one. */
export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = 'yellow';

/** The CSS Custom Highlight name a colour is painted under. */
export const HIGHLIGHT_NAME_PREFIX = 'newsmark-';

export const PALETTE_BY_ID: Readonly<Record<HighlightColor, PaletteEntry>> = Object.fromEntries(
  PALETTE.map((p) => [p.id, p]),
) as Record<HighlightColor, PaletteEntry>;

/** The flash a claim gets when the popup scrolls to it: not a highlight colour, so not in the table. */
const FLASH_PAINT = 'rgba(255, 150, 0, 0.55)';

/**
 * "Show claims on page": one colour per speaker, in order of how often each is quoted (a colour-blind-safe
 * set first); speakers past the list share the grey. Light wash plus a solid underline, so a claim reads
 * apart from the reader's own highlights it may overlap.
 */
export const SPEAKER_COLORS = [
  '#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#8c6d31',
  '#7f3c8d', '#11a579', '#e73f74', '#3969ac',
] as const;
export const OTHER_SPEAKERS_COLOR = '#8a8a8a';
export const CLAIM_HIGHLIGHT_PREFIX = 'newsmark-claim-';

function wash(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, 0.22)`;
}

/**
 * The content script's manifest CSS. `!important` because the page's own ::highlight rules must not
 * restyle ours; nothing is added to the page's DOM.
 */
export function highlightCss(): string {
  const rule = (name: string, paint: string) =>
    `::highlight(${HIGHLIGHT_NAME_PREFIX}${name}) { background-color: ${paint} !important; color: inherit !important; }`;
  return [
    '/* Generated from model/palette.ts by `npm run palette:css`: edit the table there, not this file. */',
    ...PALETTE.map((p) => rule(p.id, p.paint)),
    rule('flash', FLASH_PAINT),
    ...[...SPEAKER_COLORS.map((c, i) => [String(i), c] as const), ['other', OTHER_SPEAKERS_COLOR] as const].map(
      ([name, color]) =>
        `::highlight(${CLAIM_HIGHLIGHT_PREFIX}${name}) { background-color: ${wash(color)} !important; text-decoration: underline 2px ${color} !important; color: inherit !important; }`,
    ),
    '',
  ].join('\n');
}
