/**
 * Newsmark's content script bootstrap: the only code compiled on every page.
 * It answers the popup and the background, and has the rest of the content
 * script injected when it is needed (parts.ts): the analysis once the page
 * is idle, the highlights (anchoring, painting, toolbar) when the article has
 * stored highlights, the reader selects text, or the popup or a command asks.
 * Each feature takes an AbortSignal, so a navigation, an extension update or
 * the reader pausing Newsmark on this site tears everything down cleanly.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { handleContentMessages, sendToBackground } from '../../messaging/channel';
import type { PageAnalysis } from '../../messaging/protocol';
import { loadedPart, type PartName, type Parts } from './parts';
import type { PageAnalyzer } from './page-analysis';
import type { HighlightsFeature } from './highlights';
import type { ClaimsOnPage } from './claims-on-page';
import { SiteVerdicts } from './site-verdicts';
import { extensionLifetime, watchLocation } from './lifetime';
import { isEnglishArticle } from '../../core/language';
import './highlights.css';

/** Until the page is idle, but no longer than this (a page that is never idle is still analysed). */
const IDLE_TIMEOUT_MS = 2000;
/**
 * How long the popup's question waits for an analysis under way (hurried)
 * before it is told to ask again: it shows "still reading" rather than nothing.
 */
const POPUP_WAIT_MS = 1200;
/**
 * Claims per reply to the popup: a long page can have thousands, and the
 * popup's answer must stay small (a few hundred kB at most) and quick to render.
 */
const CLAIMS_PER_REPLY = 200;
/** A saved article's snapshot waits this long for the analysis (the reader is not waiting on it). */
const SNAPSHOT_WAIT_MS = 15_000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's "a newer script started" window message names the extension id to
  // the page; nothing here depends on it (lifetime.ts).
  noScriptStartedPostMessage: true,
  async main() {
    // Not WXT's lifetime: a page can forge the event that aborts it.
    const lifetime = extensionLifetime();
    const verdicts = new SiteVerdicts();
    const loading = new Map<PartName, Promise<unknown>>();
    const load = <K extends PartName>(name: K): Promise<Parts[K]> => {
      let promise = loading.get(name) as Promise<Parts[K]> | undefined;
      if (!promise) {
        promise = (async () => {
          if (!loadedPart(name)) await sendToBackground('content.loadPart', { part: name });
          const part = loadedPart(name);
          if (!part) throw new Error(`Newsmark's ${name} code did not load.`);
          return part;
        })();
        // A failed load (the background restarting) may be tried again on the next need.
        promise.catch(() => loading.delete(name));
        loading.set(name, promise);
      }
      return promise;
    };

    let analyzer: PageAnalyzer | null = null;
    const analysis = async (): Promise<PageAnalyzer> => {
      const { PageAnalyzer } = await load('analysis');
      if (!analyzer) {
        analyzer = new PageAnalyzer(lifetime, verdicts.sameSite, async () => (await load('attribution')).attributeSteps);
        // Claims shown on the page include those of content appended since (an infinite feed).
        analyzer.onGrown(({ result }) => claimsOnPage?.refresh(result.claims, result.speakers));
      }
      return analyzer;
    };

    /** Running unless the site is paused; highlights once they were needed. */
    let running: { stop: AbortController; highlights: Promise<HighlightsFeature> | null } | null = null;
    /** The claims painted on the page, once the reader asked ("Show claims on page"); gone with a pause. */
    let claimsOnPage: ClaimsOnPage | null = null;

    const highlights = async (): Promise<HighlightsFeature | null> => {
      const run = running;
      if (!run) return null;
      run.highlights ??= (async () => {
        const page = await analysis();
        const { startHighlights } = await load('highlights');
        const feature = startHighlights(AbortSignal.any([lifetime, run.stop.signal]), {
          // Saving waits for the analysis a moment (title, byline); the identity alone will do after that.
          ref: async () => (await page.get(POPUP_WAIT_MS))?.article ?? page.identity(),
          key: () => page.identity().key,
          speakers: async () => ((await page.get(POPUP_WAIT_MS))?.result.speakers ?? []).map((s) => s.name),
        });
        void feature.reload();
        return feature;
      })();
      run.highlights.catch(() => {
        if (running === run) run.highlights = null;
      });
      return run.highlights;
    };

    const start = () => {
      if (running || lifetime.aborted) return;
      const run = { stop: new AbortController(), highlights: null };
      running = run;
      whenIdle(async () => {
        if (running !== run) return;
        const page = await analysis();
        page.schedule();
        // Most pages have no highlight: their painting code is never loaded.
        if ((await hasStoredHighlights(page)) && running === run) void highlights();
      });
    };
    const pause = () => {
      running?.stop.abort();
      running = null;
      claimsOnPage = null;
    };

    const whenIdle = (work: () => Promise<void>) => {
      const run = () => void work().catch((error) => console.warn('Newsmark could not start on this page:', error));
      if (typeof requestIdleCallback === 'function') {
        const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
        lifetime.addEventListener('abort', () => cancelIdleCallback(handle));
      } else setTimeout(run, 200);
    };

    // The reader selecting text is the moment the toolbar is needed: load it
    // then (it shows once the selection settles, as it always did).
    document.addEventListener(
      'selectionchange',
      () => {
        if (!running || running.highlights) return;
        const selection = document.getSelection();
        if (!selection || selection.isCollapsed) return;
        void highlights().then((feature) => feature?.selectionChanged());
      },
      { signal: lifetime },
    );

    const hasStoredHighlights = async (page: PageAnalyzer): Promise<boolean> =>
      (await sendToBackground('highlights.list', { articleKey: page.identity().key }).catch(() => [])).length > 0;

    const noAttachments: PageAnalysis['attach'] = { state: 'done', orphanIds: [], attachedIds: [] };

    const describe = async (): Promise<PageAnalysis> => {
      const page = await analysis();
      /** The page's identity alone: enough for highlights and reactions. */
      const identityOnly = (paused: boolean, attach: PageAnalysis['attach']): PageAnalysis => ({
        article: page.identity(),
        isArticle: false,
        paused,
        speakers: [],
        claims: [],
        english: true,
        attach,
      });
      // Paused: the article's identity only (for reactions), no analysis.
      if (!running) return identityOnly(true, noAttachments);
      // The popup lists stored highlights: whether each is painted needs the highlights part,
      // loaded (and compiled, while the popup waits) only when the article has some.
      const feature = running.highlights || (await hasStoredHighlights(page)) ? await highlights() : null;
      const attach = feature?.attachState() ?? noAttachments;
      let analysed;
      try {
        analysed = await page.get(POPUP_WAIT_MS);
      } catch (error) {
        // A page the analysis cannot read is shown as "no article", with the
        // reader's highlights and reaction still working, not as a dead popup.
        console.warn('Newsmark could not analyse this page:', error);
        return identityOnly(false, attach);
      }
      if (!analysed) return { ...identityOnly(false, attach), analysing: true };
      const { article, result, unreadable, claimReviews } = analysed;
      return {
        article,
        isArticle: !!result.article?.isArticle,
        paused: false,
        unreadable,
        limited: result.limited ?? null,
        speakers: result.speakers,
        claims: result.claims.slice(0, CLAIMS_PER_REPLY),
        claimsTotal: result.claims.length,
        claimsBySpeaker: countBySpeaker(result.claims),
        english: isEnglishArticle(result.article?.text ?? '', result.article?.language ?? (document.documentElement.lang || null)),
        attach,
        authors: result.article?.authors ?? [],
        sources: result.article?.sources ?? null,
        claimReviews,
        claimsShown: claimsOnPage?.shown ?? false,
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
      'page.claims': async ({ from }) => {
        const claims = (running && (await analysis()).finished()?.result.claims) || [];
        const start = Math.max(0, Math.floor(Number(from) || 0));
        return { claims: claims.slice(start, start + CLAIMS_PER_REPLY), total: claims.length };
      },
      'page.scrollToClaim': async ({ claimId, selector }) => {
        if (!running) return false;
        const { scrollToClaim } = await load('analysis');
        const claim = (await analysis()).finished()?.result.claims.find((c) => c.id === claimId);
        // A claim the reader added is not in the analysis: it is found by its own selectors, like a highlight.
        const where = claim?.selector ?? (Array.isArray(selector) ? selector : null);
        return where ? scrollToClaim(document, where) : false;
      },
      'page.scrollToHighlight': async ({ id }) => (await highlights())?.scrollTo(id) ?? false,
      'page.highlightsChanged': async ({ articleKey }) => {
        if (!running) return;
        const page = await analysis();
        if (articleKey === page.identity().key) void (await highlights())?.reload();
      },
      'page.highlightSelection': async ({ color }) => (await highlights())?.highlightSelection(color) ?? false,
      'page.closeNote': async () => {
        // Only a loaded toolbar can have a note open.
        if (running?.highlights) (await running.highlights).closeNote();
      },
      'page.setPaused': ({ paused }) => (paused ? pause() : start()),
      'page.showClaims': async ({ show, statuses, corrections }) => {
        const run = running;
        if (!run) return { shown: false, speakers: [] };
        if (!show) return claimsOnPage?.hide() ?? { shown: false, speakers: [] };
        const page = await analysis();
        const analysed = await page.get(POPUP_WAIT_MS);
        if (!analysed || running !== run) return { shown: false, speakers: [] };
        if (!claimsOnPage) {
          const { ClaimsOnPage } = await load('analysis');
          claimsOnPage = new ClaimsOnPage(AbortSignal.any([lifetime, run.stop.signal]), (info, at) => {
            void highlights().then((feature) => feature?.showClaim(at, info));
          });
        }
        return claimsOnPage.show(
          analysed.result.claims,
          analysed.result.speakers,
          Array.isArray(statuses) ? statuses : [],
          Array.isArray(corrections) ? corrections : [],
        );
      },
      'page.keepSnapshot': async ({ refresh }) => {
        if (!running) return null;
        const analysed = await (await analysis()).get(SNAPSHOT_WAIT_MS);
        if (!analysed?.result.article) return null;
        const { buildSnapshot } = await load('analysis');
        const { article, result } = analysed;
        const snapshot = buildSnapshot({ url: analysed.url, text: result.article!.text, language: result.article!.language ?? null, speakers: result.speakers, claims: result.claims });
        return sendToBackground('article.snapshot', { article, snapshot, refresh: refresh === true });
      },
      'page.focusToolbar': async () => {
        const selection = document.getSelection();
        // Without a selection there is nothing to act on: the highlights part is not loaded for it.
        if (!running || ((!selection || selection.isCollapsed) && !running.highlights)) return false;
        return (await highlights())?.focusToolbar() ?? false;
      },
    });
    lifetime.addEventListener('abort', stopListening);

    // Single-page sites change the article without a page load: new key, new
    // highlights. Content that arrives later still attaches through the
    // highlights' late-content retry.
    watchLocation(lifetime, async () => {
      await verdicts.learn(document, location.href);
      if (!analyzer) return; // Not analysed yet: the first analysis will read the new page.
      analyzer.invalidate();
      const run = running;
      if (!run) return;
      analyzer.schedule();
      if (run.highlights) void (await run.highlights).reload();
      else {
        const stored = await sendToBackground('highlights.list', { articleKey: analyzer.identity().key }).catch(() => []);
        if (stored.length && running === run) void highlights();
      }
    });

    await ready;
  },
});

function countBySpeaker(claims: readonly { speakerId: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const claim of claims) counts[claim.speakerId] = (counts[claim.speakerId] ?? 0) + 1;
  return counts;
}
