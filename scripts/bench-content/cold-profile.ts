/**
 * Where the cold analysis spends its time: V8's sampling profiler around the
 * first analyzeDocument on each page, summed over the pages by function.
 * Self time says which function is busy; inclusive time (a function anywhere
 * on the stack, counted once per sample) says which stage the time belongs to.
 */
import type { CDPSession, Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export class ColdProfile {
  private self = new Map<string, number>();
  private inclusive = new Map<string, number>();
  private totalMs = 0;
  pages = 0;

  private add(profile: Profile): void {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n: ProfileNode) => n.callFrame.functionName || '(anonymous)';
    profile.samples.forEach((id, i) => {
      // Each sample stands for the time until the next one.
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const node = byId.get(id);
      if (!node || ms <= 0) return;
      const name = label(node);
      if (name === '(idle)') return;
      this.totalMs += ms;
      this.self.set(name, (this.self.get(name) ?? 0) + ms);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const n = byId.get(cur);
        if (n) seen.add(label(n));
      }
      for (const s of seen) this.inclusive.set(s, (this.inclusive.get(s) ?? 0) + ms);
    });
    this.pages++;
  }

  /** Profiles one call of `run` (which must do the cold analysis) on `page`. */
  async record(cdp: CDPSession, run: () => Promise<unknown>): Promise<void> {
    await cdp.send('Profiler.start');
    try {
      await run();
    } finally {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      this.add(profile);
    }
  }

  print(top: number): void {
    const rows = (m: Map<string, number>) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([name, ms]) => `    ${(ms / this.pages).toFixed(2).padStart(7)} ms/page ${((100 * ms) / this.totalMs).toFixed(1).padStart(5)}%  ${name}`)
        .join('\n');
    console.log(`  sampled ${(this.totalMs / this.pages).toFixed(2)} ms per page over ${this.pages} pages (profiler overhead included)`);
    console.log(`  self time, top ${top}:\n${rows(this.self)}`);
    console.log(`  inclusive time, top ${top}:\n${rows(this.inclusive)}`);
  }
}

export async function startProfiler(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  // 100 µs: analyses take a few ms to a few tens of ms per page.
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  return cdp;
}
