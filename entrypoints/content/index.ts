/**
 * Newsmark's content script: thin wiring of features that each take an
 * AbortSignal, so a navigation, an extension update or the reader pausing
 * Newsmark on this site tears everything down cleanly.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { handleContentMessages, sendToBackground } from '../../messaging/channel';
import type { PageAnalysis } from '../../messaging/protocol';
import { PageAnalyzer } from './page-analysis';
import { SiteVerdicts } from './site-verdicts';
import { extensionLifetime, watchLocation } from './lifetime';
import { isEnglishArticle } from '../../core/language';
import { scrollToClaim } from './scroll-to-claim';
import { startHighlights, type HighlightsFeature } from './highlights';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's "a newer script started" window message names the extension id to
  // the page; nothing here depends on it (lifetime.ts).
  noScriptStartedPostMessage: true,
  async main() {
    // Not WXT's ctx.signal: a page can forge the event that aborts it.
    const lifetime = extensionLifetime();
    const verdicts = new SiteVerdicts();
    const analyzer = new PageAnalyzer(lifetime, verdicts.sameSite);
    let running: { stop: AbortController; highlights: HighlightsFeature } | null = null;

    const start = () => {
      if (running || lifetime.aborted) return;
      const stop = new AbortController();
      const highlights = startHighlights(AbortSignal.any([lifetime, stop.signal]), {
        ref: () => analyzer.get().article,
        key: () => analyzer.identity().key,
      });
      running = { stop, highlights };
      analyzer.schedule();
      void highlights.reload();
    };
    const pause = () => {
      running?.stop.abort();
      running = null;
    };

    /** The page's identity alone: enough for highlights and reactions. */
    const identityOnly = (paused: boolean): PageAnalysis => ({
      article: analyzer.identity(),
      isArticle: false,
      paused,
      speakers: [],
      claims: [],
      english: true,
      attach: running?.highlights.attachState() ?? { state: 'done', orphanIds: [], attachedIds: [] },
    });

    const describe = (): PageAnalysis => {
      // Paused: the article's identity only (for reactions), no analysis.
      if (!running) return identityOnly(true);
      let analysed;
      try {
        analysed = analyzer.get();
      } catch (error) {
        // A page the analysis cannot read is shown as "no article", with the
        // reader's highlights and reaction still working, not as a dead popup.
        console.warn('Newsmark could not analyse this page:', error);
        return identityOnly(false);
      }
      const { article, result } = analysed;
      return {
        article,
        isArticle: !!result.article?.isArticle,
        paused: false,
        speakers: result.speakers,
        claims: result.claims,
        english: isEnglishArticle(result.article?.text ?? '', result.article?.language ?? (document.documentElement.lang || null)),
        attach: running.highlights.attachState(),
      };
    };

    // Whether the site is paused decides everything else; messages that arrive
    // before the answer wait for it instead of seeing a half-started page.
    // The canonical's site is asked about first too: the key lists the highlights.
    const ready = Promise.all([
      sendToBackground('site.isPaused', { host: location.hostname }).catch(() => false),
      verdicts.learn(document, location.href),
    ]).then(([paused]) => {
      if (!paused) start();
    });

    const stopListening = handleContentMessages({
      'page.analysis': async () => {
        await ready;
        return describe();
      },
      'page.scrollToClaim': ({ claimId }) => {
        if (!running) return false;
        const claim = analyzer.get().result.claims.find((c) => c.id === claimId);
        return claim ? scrollToClaim(document, claim.selector) : false;
      },
      'page.scrollToHighlight': ({ id }) => running?.highlights.scrollTo(id) ?? false,
      'page.highlightsChanged': ({ articleKey }) => {
        if (running && articleKey === analyzer.identity().key) void running.highlights.reload();
      },
      'page.highlightSelection': ({ color }) => running?.highlights.highlightSelection(color) ?? false,
      'page.closeNote': () => running?.highlights.closeNote(),
      'page.setPaused': ({ paused }) => (paused ? pause() : start()),
    });
    lifetime.addEventListener('abort', stopListening);

    // Single-page sites change the article without a page load: new key, new
    // highlights. Content that arrives later still attaches through the
    // highlights' late-content retry.
    watchLocation(lifetime, async () => {
      await verdicts.learn(document, location.href);
      analyzer.invalidate();
      if (!running) return;
      analyzer.schedule();
      void running.highlights.reload();
    });

    await ready;
  },
});
