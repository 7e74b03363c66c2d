/** The analysis part of the content script, injected on demand (see content/parts.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from './content/parts';
import { PageAnalyzer } from './content/page-analysis';
import { scrollToClaim } from './content/scroll-to-claim';
import { ClaimsOnPage } from './content/claims-on-page';
import { buildSnapshot } from '../core/snapshot/build';

export default defineUnlistedScript(() => {
  registerPart('analysis', { PageAnalyzer, scrollToClaim, ClaimsOnPage, buildSnapshot });
});
