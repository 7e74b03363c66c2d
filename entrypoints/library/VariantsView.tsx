/**
 * Quote variants: one speaker saying nearly the same thing in several saved articles, the versions side
 * by side, each compared word by word with the first saved. Differences are marked by more than colour:
 * <del> is struck through and <ins> underlined, and each carries words a screen reader says ("changed
 * from", "to", "dropped", "added").
 */
import type { WordChange } from '../../core/speakers/variants';
import { allVariants } from '../../core/speakers/variants';
import type { SpeakerClaim } from '../../core/speakers/across';
import { plural } from './format';
import { hrefOf } from './route';
import { useSpeakersAcross } from './speakers-data';

function Source({ claim, first }: { claim: SpeakerClaim; first?: boolean }) {
  return (
    <figcaption class="nm-variant-source">
      {first ? 'First saved: ' : ''}
      <a href={hrefOf({ view: 'article', key: claim.articleKey })} dir="auto">
        {claim.title}
      </a>
      {claim.siteName ? <span dir="auto"> · {claim.siteName}</span> : null}
    </figcaption>
  );
}

function Changes({ changes }: { changes: WordChange[] }) {
  return (
    <>
      {changes.map((c, i) => {
        if (c.kind === 'same') return <span key={i}>{c.text}</span>;
        if (c.kind === 'changed') {
          return (
            <span key={i} class="nm-word-changed">
              <del>
                <span class="nm-visually-hidden">changed from: </span>
                {c.from}
              </del>{' '}
              <ins>
                <span class="nm-visually-hidden">to: </span>
                {c.to}
              </ins>{' '}
            </span>
          );
        }
        const Tag = c.kind === 'dropped' ? 'del' : 'ins';
        return (
          <Tag key={i} class={`nm-word-${c.kind}`}>
            <span class="nm-visually-hidden">{c.kind}: </span>
            {c.text}{' '}
          </Tag>
        );
      })}
    </>
  );
}

function summary(changes: WordChange[]): string {
  const n = (kind: WordChange['kind']) => changes.filter((c) => c.kind === kind).length;
  const parts = [
    n('changed') ? plural(n('changed'), 'change', 'changes') : '',
    n('dropped') ? `${n('dropped')} dropped` : '',
    n('added') ? `${n('added')} added` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'Same words';
}

export function VariantsView() {
  const data = useSpeakersAcross();
  if (data.error.value) return <p class="nm-error" role="alert">Could not read the quotes: {data.error.value.message}</p>;
  const speakers = data.value.value;
  if (!speakers) return <p role="status">Loading…</p>;
  const groups = allVariants(speakers);
  return (
    <section class="nm-variants-view" aria-labelledby="variants-heading">
      <h2 id="variants-heading">Quote variants</h2>
      <p class="nm-hint">
        Where your saved articles quote one speaker saying nearly the same thing in different words. Each version is compared with the first
        saved: <del>struck through</del> words were dropped or changed, <ins>underlined</ins> words were added or put in their place.
      </p>
      {groups.length === 0 ? <p class="nm-empty">No quote appears in different words in two saved articles.</p> : null}
      {groups.map((g) => (
        <article key={`${g.speaker}#${g.base.articleKey}#${g.base.text}`} class="nm-variant-group" aria-label={`${g.speaker}: ${g.versions.length + 1} versions`}>
          <h3 dir="auto">{g.speaker}</h3>
          <div class="nm-variant-versions">
            <figure class="nm-variant nm-variant-base">
              <Source claim={g.base} first />
              <blockquote dir="auto">{g.base.text}</blockquote>
            </figure>
            {g.versions.map((v, i) => (
              <figure key={i} class="nm-variant">
                <Source claim={v.claim} />
                <blockquote dir="auto">
                  <Changes changes={v.changes} />
                </blockquote>
                <p class="nm-variant-summary">{summary(v.changes)}</p>
              </figure>
            ))}
          </div>
        </article>
      ))}
    </section>
  );
}
