/** The attribution part of the content script, injected once an article is found (see content/parts.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from './content/parts';
import { attributeSteps } from '../core/attribution/index';

export default defineUnlistedScript(() => {
  registerPart('attribution', { attributeSteps });
});
