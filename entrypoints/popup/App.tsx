import { useEffect, useState } from 'preact/hooks';
import { Section } from '../../components/Section';
import { SpeakersList } from '../../components/SpeakersList';
import { ClaimsList } from '../../components/ClaimsList';
import { HighlightsList } from '../../components/HighlightsList';
import { ReactionsRow } from '../../components/ReactionsRow';
import { CitationBlock } from '../../components/CitationBlock';
import { PageVerdicts } from '../../components/PageVerdicts';
import { ClaimsOnPageToggle } from '../../components/ClaimsOnPageToggle';
import { HighlightsReadOnly } from '../../components/HighlightsReadOnly';
import { useLiveQuery } from '../../components/live-query';
import { sendToBackground, sendToTab } from '../../messaging/channel';
import type { PageAnalysis } from '../../messaging/protocol';
import { getArticle, getReaction, getSettings, listClaimStatuses, listHighlights, openNewsmarkDB } from '../../storage/queries';
import { attempt, attemptOrThrow, writeError } from '../../components/write-attempt';
import { analysis, lastDeleted, loadMoreClaims, loadPage, loading, tabId, unreachable } from './popup-state';
import { loadSectionState, sectionProps } from './section-state';
import { LibraryLink } from './LibraryLink';
import { useCorrectedPage } from './corrections/use-corrected-page';
import { ClaimCorrections } from './corrections/ClaimCorrections';
import { SpeakerCorrections } from './corrections/SpeakerCorrections';
import { DismissedClaims } from './corrections/DismissedClaims';
import { CorrectionUndo } from './corrections/CorrectionUndo';
import { budgetNote } from './budget-note';
import { keepFirstSnapshot, keepSnapshot } from './keep-snapshot';
import { SavedCopy } from './SavedCopy';

const db = openNewsmarkDB();

/** Said instead of "No one is quoted" where the article is not in English: attribution reads English only. */
const ENGLISH_ONLY = 'Speakers and claims are found in English articles only';

export function App() {
  useEffect(() => {
    void loadSectionState();
    void loadPage();
  }, []);

  if (loading.value) return <p class="nm-loading" role="status">Reading the page…</p>;
  const page = analysis.value;
  return (
    <main>
      {writeError.value ? (
        <p class="nm-error" role="alert">
          {writeError.value}
        </p>
      ) : null}
      {unreachable.value || !page ? (
        <p class="nm-unreachable" role="status">
          {unreachable.value ?? "Newsmark can't read this page"}
        </p>
      ) : (
        <PageView page={page} />
      )}
    </main>
  );
}

function PageView({ page }: { page: PageAnalysis }) {
  const key = page.article.key;
  const saved = useLiveQuery(() => getArticle(db, key), [key]);
  const highlights = useLiveQuery(() => listHighlights(db, key), [key]);
  const statuses = useLiveQuery(() => listClaimStatuses(db, key), [key]);
  const reaction = useLiveQuery(() => getReaction(db, key), [key]);
  const settings = useLiveQuery(() => getSettings(db), []);
  // The reader's corrections laid over the analysis: what Speakers and Claims show.
  const fixed = useCorrectedPage(db, page);
  const host = safeHost(page.article.url);
  const paused = settings.value.value?.pausedSites.includes(host) ?? page.paused;
  // Paused, the page is not analysed: what was stored about the article stands in for its metadata.
  const stored = saved.value.value;
  const cited = page.paused && stored
    ? { ...page.article, title: stored.title ?? page.article.title, siteName: stored.siteName, byline: stored.byline, published: stored.published }
    : page.article;
  // A page that is not an article (a front, a listing) offers no Save and no reactions until the reader asks.
  const [saveAnyway, setSaveAnyway] = useState(false);
  const notArticle = !page.isArticle && !page.paused && !page.analysing;
  const offerSave = !notArticle || !!saved.value.value || saveAnyway;
  // Over all the page's claims, not only the first page of them the reply carries.
  const quotedSpeakers = fixed.context.speakers.length;

  return (
    <>
      <header class="nm-header">
        <CitationBlock
          article={cited}
          authors={page.authors}
          sources={page.sources}
          corrections={saved.value.value?.citation}
          onSave={(patch) => attemptOrThrow(() => sendToBackground('article.setCitation', { article: cited, patch }))}
        />
        <div class="nm-actions">
          {offerSave ? (
            <button
              type="button"
              disabled={!!saved.value.value}
              onClick={() => attempt(() => sendToBackground('article.save', { article: page.article })).then(() => keepSnapshot(true))}
            >
              {saved.value.value ? 'Saved' : 'Save'}
            </button>
          ) : (
            <button
              type="button"
              title="This page does not look like an article: save it, and react to it, all the same"
              onClick={async () => {
                setSaveAnyway(true);
                await attempt(() => sendToBackground('article.save', { article: page.article }));
                await keepSnapshot(true);
              }}
            >
              Save anyway
            </button>
          )}
          <label class="nm-switch">
            <input
              type="checkbox"
              checked={paused}
              onChange={(e) => togglePause(host, e.currentTarget.checked)}
            />
            Pause on this site
          </label>
          {saved.value.value && !page.paused ? <SavedCopy /> : null}
          <LibraryLink />
        </div>
      </header>
      {/* The reader's own work first: on a long article the claims would push it a screen away. */}
      <Section title="Highlights" count={highlights.value.value?.length} {...sectionProps('highlights')}>
        {lastDeleted.value ? (
          <p class="nm-undo" role="status">
            Highlight deleted.{' '}
            <button
              type="button"
              onClick={async () => {
                const token = lastDeleted.value;
                lastDeleted.value = null;
                if (token) await attempt(() => sendToBackground('highlight.restore', token));
              }}
            >
              Undo
            </button>
          </p>
        ) : null}
        {paused ? (
          <HighlightsReadOnly highlights={highlights.value.value ?? []} host={host} />
        ) : (
        <HighlightsList
          highlights={highlights.value.value ?? []}
          orphanIds={page.attach.orphanIds}
          attaching={page.attach.state === 'attaching'}
          onUpdate={(id, patch) => attemptOrThrow(() => sendToBackground('highlight.update', { id, patch }))}
          onDelete={async (id) => {
            lastDeleted.value = (await attempt(() => sendToBackground('highlight.delete', { id }))) ?? null;
          }}
          onShow={(id) => tabId.value !== null && sendToTab(tabId.value, 'page.scrollToHighlight', { id })}
        />
        )}
      </Section>
      {offerSave ? (
        <Section title="Reactions" {...sectionProps('reactions')}>
          <ReactionsRow
            current={reaction.value.value ?? null}
            onChange={(value) => attempt(() => sendToBackground('reaction.set', { article: page.article, reaction: value })).then(() => keepFirstSnapshot(db, page.article.key))}
          />
        </Section>
      ) : null}
      {page.claimReviews?.length ? <PageVerdicts reviews={page.claimReviews} /> : null}
      {page.paused ? (
        <p class="nm-paused" role="status">
          Newsmark is paused on {host}. Nothing on this site is analysed or highlighted.
        </p>
      ) : page.analysing ? (
        <p class="nm-analysing" role="status">
          Still reading this long page…
        </p>
      ) : page.isArticle ? (
        <>
          {page.limited ? (
            <p class="nm-budget" role="status">
              {budgetNote(page.limited)}
            </p>
          ) : null}
          <CorrectionUndo />
          <Section title="Speakers" count={quotedSpeakers} {...sectionProps('speakers')}>
            <SpeakersList
              speakers={fixed.speakers}
              claims={fixed.claims}
              counts={fixed.counts}
              emptyText={page.english ? undefined : ENGLISH_ONLY}
              extra={(s) => <SpeakerCorrections speaker={fixed.speakerById.get(s.id)!} context={fixed.context} />}
            />
          </Section>
          <Section title="Claims" count={fixed.total} {...sectionProps('claims')}>
            {page.claims.length ? (
              <ClaimsOnPageToggle
                shown={!!page.claimsShown}
                statusesVersion={JSON.stringify([(statuses.value.value ?? []).map((s) => [s.quote, s.status]), fixed.context.records.map((r) => [r.id, r.modified])])}
                onShow={(show) =>
                  tabId.value === null
                    ? Promise.resolve(null)
                    : sendToTab(tabId.value, 'page.showClaims', {
                        show,
                        statuses: (statuses.value.value ?? []).map((s) => ({ quote: s.quote, status: s.status })),
                        corrections: fixed.context.records,
                      })
                }
              />
            ) : null}
            <ClaimsList
              speakers={fixed.speakers}
              claims={fixed.claims}
              extra={(c) => <ClaimCorrections claim={fixed.claimById.get(c.id)!} context={fixed.context} />}
              statuses={statuses.value.value ?? []}
              emptyText={page.english ? undefined : ENGLISH_ONLY}
              onShow={(claim) => tabId.value !== null && sendToTab(tabId.value, 'page.scrollToClaim', { claimId: claim.id, selector: claim.selector })}
              onSetStatus={(claim, status, note) =>
                attemptOrThrow(() =>
                  sendToBackground('claim.setStatus', {
                    article: page.article,
                    quote: claim.text,
                    speaker: claim.speaker,
                    selector: claim.selector,
                    status,
                    note,
                  }),
                ).then((record) => (void keepFirstSnapshot(db, page.article.key), record))
              }
            />
            <DismissedClaims records={fixed.context.records} unapplied={fixed.unapplied} />
            {(page.claimsTotal ?? 0) > page.claims.length ? (
              <p class="nm-more-claims">
                Showing {page.claims.length} of {page.claimsTotal} claims.{' '}
                <button type="button" onClick={() => attempt(loadMoreClaims)}>
                  Show more
                </button>
              </p>
            ) : null}
          </Section>
        </>
      ) : page.unreadable ? (
        <p class="nm-no-article nm-unreadable-content" role="status">
          {page.unreadable === 'frame'
            ? 'This page shows its text in an embedded frame, which Newsmark cannot read yet: it cannot be analysed or highlighted here.'
            : 'This page keeps its text inside a page component (a shadow root), which Newsmark cannot read yet: it cannot be analysed or highlighted here.'}
        </p>
      ) : (
        <p class="nm-no-article" role="status">
          No article found on this page
        </p>
      )}
    </>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

async function togglePause(host: string, pause: boolean): Promise<void> {
  await attempt(() => sendToBackground('site.setPaused', { host, paused: pause }));
  await loadPage();
}
