import { loadMetadataTruth, loadFundusCases, runNewsmark, sameField, FIELDS } from '/work/wt/meta/scripts/lib/metadata-bench';
import { loadNewsBenchmark } from '/work/wt/meta/scripts/lib/datasets';
const truth = loadMetadataTruth();
const cases = [...loadFundusCases('dev', truth), ...loadNewsBenchmark().map((p) => ({ id: p.id, url: p.url, html: p.html, truth: truth.get(p.id) ?? {} }))];
const out: Record<string, Record<string, unknown>> = {};
for (const c of cases) {
  const f = runNewsmark(c.html, c.url);
  out[c.id] = { ...f };
  for (const field of FIELDS) {
    const s = sameField(field, f, c.truth);
    (out[c.id] as any)[field + '_ok'] = s;
    if (s === false) console.log(`miss ${field} ${c.id.slice(0, 40)} ours=${JSON.stringify(field === 'authors' ? f.authors : (f as any)[field])} truth=${JSON.stringify((c.truth as any)[field])} alt=${JSON.stringify((c.truth as any).alt?.[field] ?? null)}`);
  }
}
const { writeFileSync } = await import('node:fs');
writeFileSync(process.argv[2] ?? '/tmp/perpage.json', JSON.stringify(out, null, 1));
