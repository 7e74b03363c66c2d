/** The highlights part of the content script (anchoring, painting, toolbar), injected on demand (see content/parts.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from './content/parts';
import { startHighlights } from './content/highlights';

export default defineUnlistedScript(() => {
  registerPart('highlights', { startHighlights });
});
