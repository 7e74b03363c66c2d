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
import { startHighlights } from './highlights';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const signal = ctx.signal;
    const paused = await sendToBackground('site.isPaused', { host: location.hostname }).catch(() => false);
    const analyzer = new PageAnalyzer(signal);
    const highlights = paused ? null : startHighlights(signal, () => analyzer.get().article);

    const describe = (): PageAnalysis => {
      const { article, result } = analyzer.get();
      return {
        article,
        isArticle: !paused && !!result.article?.isArticle,
        paused,
        speakers: paused ? [] : result.speakers,
        claims: paused ? [] : result.claims,
        attach: highlights?.attachState() ?? { state: 'done', orphanIds: [], attachedIds: [] },
      };
    };

    const stopListening = handleContentMessages({
      'page.analysis': () => describe(),
      'page.scrollToClaim': ({ claimId }) => {
        const claim = analyzer.get().result.claims.find((c) => c.id === claimId);
        return claim ? scrollToClaim(document, claim.selector) : false;
      },
      'page.scrollToHighlight': ({ id }) => highlights?.scrollTo(id) ?? false,
      'page.highlightsChanged': () => void highlights?.reload(),
      'page.highlightSelection': ({ color }) => highlights?.highlightSelection(color) ?? false,
      'page.closeNote': () => highlights?.closeNote(),
    });
    signal.addEventListener('abort', stopListening);

    if (paused || !highlights) return;
    analyzer.schedule();
    void highlights.reload();
    // Single-page sites change the article without a page load: new key, new highlights.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      analyzer.invalidate();
      analyzer.schedule();
      void highlights.reload();
    });
  },
});
