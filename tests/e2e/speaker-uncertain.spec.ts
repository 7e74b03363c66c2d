/**
 * A claim whose speaker attribution guessed from the paragraphs around it (a paragraph that is only a
 * quote, given to the speaker of the claim before it) is marked "speaker uncertain" in the popup; claims
 * read next to their speaker's name and verb are not. A page of our own writing.
 */
import { test, expect } from './fixtures';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>New berth for Kelmouth harbour opens in May</title></head><body><main><article>
<h1>New berth for Kelmouth harbour opens in May</h1>
<p class="byline">By Tamsin Rowe</p>
<p>Kelmouth's long-delayed deep-water berth will open to ferries in May, the harbour board confirmed on Tuesday, ending more than a decade of planning disputes and two rounds of public consultation over the project's cost.</p>
<p>Harbour master Ines Calloway said the berth would let the larger island ferries dock at any tide, cutting waiting times for freight lorries that now queue for hours on the coast road.</p>
<p>"We have waited eleven years for this, and the crews who worked through every delay deserve to see it finished."</p>
<p>The board's chair, Malcolm Threlfall, told reporters that the final bill came to 48 million pounds, about a fifth above the estimate approved in 2019, and that the overrun had been covered by the port's reserves.</p>
<p>Local traders have welcomed the news, though several said they would wait to see whether the promised reduction in queues materialised before the summer season began in earnest along the front.</p>
</article></main></body></html>
`;

test('a quote-only paragraph given to the previous speaker says "speaker uncertain"; a claim with its own cue does not', async ({
  site,
  openArticle,
  popupFor,
}) => {
  site.route('/berth.html', PAGE);
  const { tabId } = await openArticle(site.url('/berth.html'));
  const popup = await popupFor(tabId);
  const guessed = popup.claim('We have waited eleven years for this');
  await expect(guessed).toHaveCount(1);
  await expect(guessed).toContainText('speaker uncertain');
  await expect(popup.claimGroup('Ines Calloway')).toContainText('We have waited eleven years for this');
  await expect(popup.claim('the final bill came to 48 million pounds')).not.toContainText('speaker uncertain');
  await expect(popup.claim('the berth would let the larger island ferries')).not.toContainText('speaker uncertain');
  await expect(popup.section('Claims').getByText('speaker uncertain')).toHaveCount(1);
});
