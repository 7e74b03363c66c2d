import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/extract/index';
import { fixture, parse } from './helpers';

const URL = 'https://ledger.example/news/2024/03/ferry-kellmouth-resumes';
const article = extractArticle(parse(fixture('news-with-boilerplate.html')), { url: URL })!;

const STORY = [
  'The ferry between Portlow and the island village of Kellmouth sailed again on Monday',
  'About sixty passengers, most of them commuters with bicycles',
  'Harbour master Ilse Brandt said the crossing had been tested',
  'Repairs took longer than planned',
  'divers found that two of the old timber piles had rotted through',
  'Residents listed what they had missed most',
  'the weekly market in Portlow',
  'evening classes at the technical college across the bay',
  'The boat is our bus, our ambulance and our delivery van',
  'The council said it would publish a report on the storm damage',
];

describe('the story is kept', () => {
  it('keeps every paragraph, subheading, list item and quote, in order', () => {
    let from = 0;
    for (const part of STORY) {
      const at = article.text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('is judged an article', () => {
    expect(article.isArticle).toBe(true);
  });
});

describe('boilerplate is dropped', () => {
  const dropped: [string, string][] = [
    ['navigation', 'Weather and tides'],
    ['promo', 'Spring offer'],
    ['"Advertisement" label', 'Advertisement'],
    ['share bar', 'Share on Facebook'],
    ['newsletter box', 'Sign up for our free newsletter'],
    ['newsletter heading', 'Get the morning briefing'],
    ['related stories', 'Council approves emergency money'],
    ['most-read list', 'Lighthouse keeper'],
    ['reaction widget', 'How did this story make you feel'],
    ['comments', 'My daughter has not seen her grandmother'],
    ['footer', 'All rights reserved'],
    ['cookie banner', 'We use cookies'],
    ['image credit', 'Ledger staff photographer'],
    ['headline repeated in the body', 'Ferry service to Kellmouth resumes'],
  ];
  for (const [kind, marker] of dropped) {
    it(`drops the ${kind}`, () => {
      expect(article.text).not.toContain(marker);
    });
  }

  it('drops the byline and dateline repeated at the top of the text', () => {
    expect(article.text).not.toMatch(/By Marta Quell/);
    expect(article.text).not.toContain('18 March 2024, 08:12');
    expect(article.text.startsWith('The ferry between Portlow')).toBe(true);
  });
});

describe('datelines in other shapes', () => {
  it('drops a line that packs date, author and section together', () => {
    const doc = parse(`<!DOCTYPE html><html><body><div class="col-9">
      <small class="text-muted"><b>05/10/2018</b> - Posted by: Ana Ruiz - Category: <a href="/c/health">Health</a></small><br><br>
      <p>The clinic on Dock Street will open on Saturdays from next month, the health board said, to shorten the queues on weekdays.</p>
      <p>Staff volunteered for the extra shifts, which will be paid at the weekend rate agreed with the nurses' union last spring.</p>
    </div></body></html>`);
    const a = extractArticle(doc)!;
    expect(a.text).not.toContain('Posted by');
    expect(a.text.startsWith('The clinic on Dock Street')).toBe(true);
  });
});

describe('text layout', () => {
  it('puts one blank line between blocks and each list item on its own line', () => {
    expect(article.text).toContain('Repairs took longer than planned\n\nThe work was expected');
    expect(article.text).toContain('vegetables\nappointments at the mainland surgery');
    expect(article.text).not.toMatch(/\n{3,}/);
    expect(article.text).not.toMatch(/[ \t]{2,}/);
  });
});

describe('story text that only looks like boilerplate is kept', () => {
  const story = (inner: string, wrapperClass = 'story-body') =>
    parse(`<!DOCTYPE html><html><head><title>Flood waters recede in the valley</title></head><body>
      <div class="${wrapperClass}">
        <p>Residents of the lower valley returned to their homes on Wednesday after a week of flooding that closed the main road and the school.</p>
        ${inner}
        <p>Engineers will inspect the river banks next month and report to the council on whether the old levee needs to be rebuilt.</p>
      </div></body></html>`);

  it('keeps a paragraph that starts with "By" followed by a day', () => {
    const a = extractArticle(story('<p>By Tuesday, the water had dropped below the bridge arches.</p>'))!;
    expect(a.text).toContain('By Tuesday, the water had dropped below the bridge arches.');
  });

  it('keeps a sentence that starts like a "more stories" label', () => {
    const a = extractArticle(story('<p>More news outlets reported the closure as the rain continued into the weekend and the river rose.</p>'))!;
    expect(a.text).toContain('More news outlets reported the closure');
  });

  it('keeps an opinion column whose container is a "comment" variant of the content block', () => {
    const a = extractArticle(story('<p>The council should have listened to the farmers who warned about the levee years ago.</p>', 'content content--comment'))!;
    expect(a.text).toContain('listened to the farmers');
  });

  it('drops a "More stories" label and the unmarked list of stories under it', () => {
    const a = extractArticle(
      story(`<h3>More stories from the valley</h3><ul>
        <li>Why the old <a href="/a">mill pond flooded first</a></li>
        <li>Farmers count the <a href="/b">cost of a wet spring</a></li>
        <li>How the <a href="/c">river gauges work</a></li></ul>`),
    )!;
    expect(a.text).not.toContain('More stories');
    expect(a.text).not.toContain('mill pond');
    expect(a.text).toContain('Engineers will inspect the river banks');
  });

  for (const label of ['Most read', 'Lo más leído', 'Você também pode gostar', 'Das könnte Sie auch interessieren', 'Vous aimerez aussi', 'Articoli correlati', 'Lees ook']) {
    it(`drops a "${label}" label and the unmarked list under it`, () => {
      const a = extractArticle(
        story(`<h3>${label}</h3><ul>
          <li>Why the old <a href="/a">mill pond flooded first</a></li>
          <li>Farmers count the <a href="/b">cost of a wet spring</a></li></ul>`),
      )!;
      expect(a.text).not.toContain(label);
      expect(a.text).not.toContain('mill pond');
      expect(a.text).toContain('Engineers will inspect the river banks');
    });
  }

  it('keeps a sentence that opens with the words of a pointer label', () => {
    const a = extractArticle(story('<p>Most read the warning on the council website before the river rose, but few expected the road to close.</p>'))!;
    expect(a.text).toContain('Most read the warning');
  });

  it('keeps a short news brief rather than the longer comment thread under it', () => {
    const doc = parse(`<!DOCTYPE html><html><body>
      <article><p>The harbour bridge reopened to traffic on Friday morning after overnight repairs to its lifting gear.</p></article>
      <div class="comments">${'<div class="comment"><p>I drive over that bridge every day and the delays this week were the worst I can remember, so good riddance.</p></div>'.repeat(6)}</div>
    </body></html>`);
    const a = extractArticle(doc)!;
    expect(a.text).toContain('The harbour bridge reopened');
    expect(a.text).not.toContain('I drive over that bridge');
  });

  it('drops a CMS shortcode the site failed to expand', () => {
    const a = extractArticle(story('<p>[button link="/send-us-your-story" type="big"]Send us YOUR flood photos[/button]</p>'))!;
    expect(a.text).not.toContain('Send us YOUR flood photos');
    expect(a.text).toContain('Engineers will inspect the river banks');
  });

  it('drops the standfirst under the headline and a trailing photo credit', () => {
    const a = extractArticle(
      story(`<p class="story-dek">Weeks of rain left the valley under water; now the clean-up begins.</p>
        <p class="photo-note">The flooded market square, seen from the church tower © Valley Gazette, 2024</p>`),
    )!;
    expect(a.text).not.toContain('now the clean-up begins');
    expect(a.text).not.toContain('Valley Gazette');
    expect(a.text).toContain('Residents of the lower valley returned');
  });

  it('drops a paragraph that is only a link to another story, keeps a linked sentence', () => {
    const a = extractArticle(
      story(`<p><a href="/farmers">Farmers count the cost of a wet spring in the valley</a></p>
        <p><a href="/report">The full flood report is published on the council website.</a></p>`),
    )!;
    expect(a.text).not.toContain('Farmers count the cost');
    expect(a.text).toContain('The full flood report is published on the council website.');
  });

  it('keeps a subheading whose first word is a picture word joined by a hyphen', () => {
    const a = extractArticle(story('<h3>Picture-in-picture</h3><p>The council will stream its flood meetings with a small window for the sign-language interpreter.</p>'))!;
    expect(a.text).toContain('Picture-in-picture');
  });

  it('keeps list items that are sentences with links, drops a lone pointer list', () => {
    const a = extractArticle(
      story(`<ul><li>Crews <a href="/pumps">moved the pumps</a> to the <a href="/school">primary school</a></li></ul>
        <ul><li>Ferries <a href="/ferry-times">run on the winter timetable until Friday</a></li></ul>
        <ul><li><a href="/live">Live updates from the valley</a></li></ul>`),
    )!;
    expect(a.text).toContain('Crews moved the pumps to the primary school');
    expect(a.text).toContain('Ferries run on the winter timetable until Friday');
    expect(a.text).not.toContain('Live updates from the valley');
  });

  it('keeps words of a sentence whose links or spans carry furniture class names', () => {
    const a = extractArticle(
      story('<p>The <a class="popup" href="/glossary/weir">weir</a> above the mill was <span class="share">raised by a metre</span> last year.</p>'),
    )!;
    expect(a.text).toContain('The weir above the mill was raised by a metre last year.');
  });

  it('keeps subheadings marked <h1> that follow the story prose, still drops the headline', () => {
    const a = extractArticle(
      parse(`<!DOCTYPE html><html><head><title>Flood waters recede in the valley</title></head><body><article>
        <h1>Flood waters recede in the valley</h1>
        <p>Residents of the lower valley returned to their homes on Wednesday after a week of flooding that closed the main road.</p>
        <h1>What the divers found</h1>
        <p>Two of the old timber piles had rotted through below the waterline, the divers reported to the harbour board.</p>
      </article></body></html>`),
    )!;
    expect(a.text).toContain('What the divers found');
    expect(a.text).not.toContain('Flood waters recede');
    expect(a.text).toContain('Two of the old timber piles');
  });

  it('keeps the space held by an otherwise empty inline element', () => {
    const a = extractArticle(story('<p>The repairs kept the same price tag of<b>&nbsp;</b>$35 million that the council approved in spring.</p>'))!;
    expect(a.text).toContain('price tag of $35 million');
  });

  it('drops the author line with its date and a "related" label in another language', () => {
    const doc = parse(`<!DOCTYPE html><html lang="fr"><head><title>Crue dans la vallée</title><meta name="author" content="AFP"></head><body><article>
      <div class="info"><span>AFP</span> <time datetime="2015-04-30T07:19">30 avril 2015 à 07:19</time></div>
      <aside><span class="name">Sur le même sujet</span></aside>
      <p>Les habitants de la basse vallée sont rentrés chez eux mercredi après une semaine d'inondations qui a fermé la route.</p>
      <p>Les ingénieurs inspecteront les berges le mois prochain et remettront un rapport au conseil municipal sur la digue.</p>
      <div class="authors"><span>AFP</span></div></article></body></html>`);
    const a = extractArticle(doc)!;
    expect(a.byline).toBe('AFP');
    expect(a.text).not.toContain('30 avril');
    expect(a.text).not.toContain('Sur le même sujet');
    expect(a.text).not.toMatch(/AFP/);
    expect(a.text).toContain('Les ingénieurs inspecteront les berges');
  });

  it('drops a "Trending articles" label and the box of teasers under it', () => {
    const a = extractArticle(
      story(`<div class="dsbox"><div class="lbl">Trending Articles</div><div class="inner"><h3>Mayor sells his boat to pay for the bridge</h3>
        <p class="summary">On Monday the mayor, speaking on the radio about the bridge, said the sale would go ahead before spring.</p></div></div>`),
    )!;
    expect(a.text).not.toContain('Trending Articles');
    expect(a.text).not.toContain('Mayor sells his boat');
    expect(a.text).toContain('Engineers will inspect the river banks');
  });

  it('recovers a story whose only container is named like furniture', () => {
    const a = extractArticle(story('<p>Volunteers filled sandbags through the night at the fire station on the hill above the town.</p>', 'share-widget'))!;
    expect(a.text).toContain('Volunteers filled sandbags');
    expect(a.text).toContain('Engineers will inspect the river banks');
  });

  it('drops an unmarked caption that repeats the picture\'s description, keeps text that only mentions it', () => {
    const a = extractArticle(
      story(`<div align="center"><img src="/bridge.jpg" alt="The new footbridge seen from the east bank"><span class="small gray">The new footbridge seen from the east bank</span></div>
        <p>The new footbridge seen from the east bank looks lighter than the old one, said the engineer who drew it.</p>`),
    )!;
    expect(a.text).not.toMatch(/^The new footbridge seen from the east bank$/m);
    expect(a.text).toContain('looks lighter than the old one');
  });

  it('drops an "Advert" label', () => {
    const a = extractArticle(story('<div class="x1"><center><span style="font-size:0.7em">Advert</span></center></div>'))!;
    expect(a.text).not.toMatch(/Advert/);
    expect(a.text).toContain('Engineers will inspect the river banks');
  });
});
