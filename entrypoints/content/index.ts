/**
 * Newsmark's content script: thin wiring of features that each take the
 * page-lifetime AbortSignal, so a navigation or an extension update tears
 * everything down cleanly.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { handleContentMessages, sendToBackground } from '../../messaging/channel';
import type { PageAnalysis } from '../../messaging/protocol';
import { PageAnalyzer } from './page-analysis';
import { scrollToClaim } from './scroll-to-claim';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const signal = ctx.signal;
    const paused = await sendToBackground('site.isPaused', { host: location.hostname }).catch(() => false);
    const analyzer = new PageAnalyzer(signal);

    const describe = (): PageAnalysis => {
      const { article, result } = analyzer.get();
      return {
        article,
        isArticle: !paused && !!result.article?.isArticle,
        paused,
        speakers: paused ? [] : result.speakers,
        claims: paused ? [] : result.claims,
        attach: { state: 'done', orphanIds: [], attachedIds: [] },
      };
    };

    const stopListening = handleContentMessages({
      'page.analysis': () => describe(),
      'page.scrollToClaim': ({ claimId }) => {
        const claim = analyzer.get().result.claims.find((c) => c.id === claimId);
        return claim ? scrollToClaim(document, claim.selector) : false;
      },
    });
    signal.addEventListener('abort', stopListening);

    if (paused) return;
    analyzer.schedule();
    // Single-page sites change the article without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      analyzer.invalidate();
      analyzer.schedule();
    });
  },
});
