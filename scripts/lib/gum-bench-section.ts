/**
 * The GUM Wikinews section of bench:claims: Newsmark and the naive speech-verb baseline scored on the same
 * 24 Wikinews articles in the same run (see gum-wikinews.ts for the data, its credit and how it is scored).
 */
import { attribute } from '../../core/attribution/index';
import { fromAttribution, gumDir, gumTotals, hasGum, loadGum, scoreGum, type GumArticle } from './gum-wikinews';
import { naiveAttribution } from './naive-attribution';

export function printGumSection(verbose: boolean): void {
  console.log('\n== GUM Wikinews (24 news articles; texts Wikinews CC BY 2.5, annotations GUM CC BY 4.0, Zeldes 2017)');
  if (!hasGum()) {
    console.log(`note: ${gumDir} absent: skipped`);
    return;
  }
  const articles = loadGum();
  const ours = articles.map((a) => scoreGum(a, fromAttribution(attribute(a.input))));
  const naive = articles.map((a) => scoreGum(a, naiveAttribution(a.input.paragraphs)));
  const f = (x: number) => x.toFixed(3);
  // GUM's own split: its train articles may be read to find kinds of failure; its dev and test articles
  // stay held out, so their line is a first-run number for as long as nobody reads their misses.
  const parts = [
    ['all 24', () => true],
    ['train 20', (a: GumArticle) => a.partition === 'train'],
    ['held-out 4', (a: GumArticle) => a.partition !== 'train'],
  ] as const;
  console.log('engine    articles    records matched  P      R      speaker  end-to-end F1');
  for (const [label, scores] of [['newsmark', ours], ['naive', naive]] as const) {
    for (const [part, keep] of parts) {
      const t = gumTotals(scores.filter((_, i) => keep(articles[i])));
      console.log(`${label.padEnd(9)} ${part.padEnd(11)} ${String(t.truth).padStart(6)} ${String(t.matched).padStart(7)}  ${f(t.precision)}  ${f(t.recall)}  ${f(t.speakerAccuracy)}    ${f(t.endToEndF1)}`);
    }
  }
  if (!verbose) return;
  articles.forEach((a, i) => {
    if (a.partition !== 'train') return;
    const s = ours[i];
    console.log(`\n-- ${a.id}: ${s.matched}/${s.truth}, ${s.predicted} predicted`);
    for (const m of s.misses) console.log(`  missed   ${m}`);
    for (const m of s.extras) console.log(`  extra    ${m}`);
    for (const m of s.wrongSpeaker) console.log(`  speaker  ${m}`);
  });
  console.log('\n(the held-out articles\' misses are not listed)');
}
