import type { ComponentChildren } from 'preact';
import type { PageClaim, PageSpeaker } from '../messaging/protocol';

/** Most-quoted first: the speakers a reader most needs to weigh. */
/** `counts`: claims per speaker id over the whole page, when `claims` is only the first page of them. */
/** `extra`: more controls per speaker (the reader's corrections). */
export function SpeakersList(props: {
  speakers: PageSpeaker[];
  claims: PageClaim[];
  counts?: Record<string, number>;
  emptyText?: string;
  extra?: (speaker: PageSpeaker) => ComponentChildren;
}) {
  const counts = new Map<string, number>(props.counts ? Object.entries(props.counts) : []);
  if (!props.counts) for (const claim of props.claims) counts.set(claim.speakerId, (counts.get(claim.speakerId) ?? 0) + 1);
  const speakers = props.speakers
    .filter((s) => (counts.get(s.id) ?? 0) > 0)
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || b.mentions - a.mentions);
  if (speakers.length === 0) return <p class="nm-empty">{props.emptyText ?? 'No one is quoted in this article.'}</p>;
  return (
    <ul class="nm-speakers">
      {speakers.map((speaker) => {
        const count = counts.get(speaker.id) ?? 0;
        return (
          <li key={speaker.id} data-speaker-id={speaker.id}>
            <span class="nm-speaker-name" dir="auto">
              {speaker.name}
            </span>
            {speaker.role ? (
              <span class="nm-speaker-role" dir="auto">
                {speaker.role}
              </span>
            ) : null}
            <span class="nm-count">
              {count} {count === 1 ? 'claim' : 'claims'}
            </span>
            {props.extra?.(speaker)}
          </li>
        );
      })}
    </ul>
  );
}
