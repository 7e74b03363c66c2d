/**
 * npm run palette:css: writes the content script's highlight CSS from the palette table
 * (model/palette.ts). tests/unit/model/palette.test.ts fails when the file and the table disagree.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { highlightCss } from '../model/palette';

export const HIGHLIGHT_CSS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../entrypoints/content/highlights.css');

writeFileSync(HIGHLIGHT_CSS_PATH, highlightCss());
console.log(`wrote ${HIGHLIGHT_CSS_PATH}`);
