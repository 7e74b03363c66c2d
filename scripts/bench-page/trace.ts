/**
 * Reading a Chromium trace of one page load: which tasks of the page's main
 * thread ran the extension's code, and for how long. A task is the
 * scheduler's RunTask. A task the extension started (the first script it
 * runs is ours: our idle callback, timer, message handler, or script
 * evaluation) is the extension's in full, microtasks included, since that is
 * where the awaited continuations of our code run and they carry no URL in
 * the trace. In a task the page started (our mutation observer running after
 * the page's own script), only the time in events whose script is a
 * chrome-extension:// URL counts. Content scripts run on the page's main
 * thread, so that is the time the page could not respond because of us.
 */
import type { CDPSession } from '@playwright/test';

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel'];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  args?: { data?: { url?: string; frame?: string }; fileName?: string; name?: string };
}

export async function startTrace(cdp: CDPSession, categories: string[] = TRACE_CATEGORIES): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories },
    transferMode: 'ReturnAsStream',
  } as never);
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((ok) => cdp.once('Tracing.tracingComplete', ok as never));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  const chunks: string[] = [];
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean; base64Encoded?: boolean };
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';
const isExtension = (e: TraceEvent) => urlOf(e).startsWith('chrome-extension://') || urlOf(e).startsWith('moz-extension://');
/** Events that run a script: the first of them in a task says whose task it is. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.run']);

export interface TaskSummary {
  /** Longest time the extension's code held the page's main thread within one task, ms. */
  longestExtensionTask: number;
  /** The same task's CPU time (the thread's own time: what it would take on a core of its own), ms. */
  longestExtensionTaskCpu: number;
  /** Tasks in which the extension spent more than 50 ms. */
  extensionTasksOver50: number;
  /** All the extension's time on the page's main thread, ms. */
  extensionTotal: number;
  /**
   * The most CPU time the extension took in one task, ms: on a machine shared
   * by many processes a task's wall time is mostly waiting for a core, and
   * this is what the same task would take on a core of its own.
   */
  longestExtensionCpu: number;
  /** All the extension's CPU time on the page's main thread, ms. */
  extensionCpuTotal: number;
  /** The longest task of the page's main thread, whoever ran it, ms. */
  longestTask: number;
  /** Compiling and running the first extension script the page met (what every page pays), ms. */
  startup: number;
}

/** The tasks of the main thread of the renderer that ran scripts from `pageOrigin`. */
export function summarizeTasks(events: TraceEvent[], pageOrigin: string): TaskSummary {
  const pageScript = events.find((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && urlOf(e).startsWith(pageOrigin));
  const empty = { longestExtensionTask: 0, longestExtensionTaskCpu: 0, extensionTasksOver50: 0, extensionTotal: 0, longestExtensionCpu: 0, extensionCpuTotal: 0, longestTask: 0, startup: 0 };
  if (!pageScript) return empty;
  const { pid, tid } = pageScript;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = main.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const ours = main
    .filter(isExtension)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Outermost extension events only: a compile inside the script's evaluation is not counted twice.
  const outer: TraceEvent[] = [];
  for (const e of ours) {
    const last = outer.at(-1);
    if (last && e.ts >= last.ts && e.ts + e.dur! <= last.ts + last.dur!) continue;
    outer.push(e);
  }
  const summary = { ...empty };
  const firstScript = outer.find((e) => e.name === 'EvaluateScript');
  summary.startup = firstScript ? firstScript.dur! / 1000 : 0;
  summary.longestTask = Math.max(0, ...tasks.map((t) => t.dur! / 1000));
  const scripts = main.filter((e) => SCRIPT_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts);
  let j = 0;
  let k = 0;
  for (const task of tasks) {
    let inTask = 0;
    let cpu = 0;
    while (j < outer.length && outer[j].ts < task.ts) j++;
    while (k < scripts.length && scripts[k].ts < task.ts) k++;
    const first = k < scripts.length && scripts[k].ts <= task.ts + task.dur! ? scripts[k] : null;
    const ours = first !== null && isExtension(first);
    while (j < outer.length && outer[j].ts <= task.ts + task.dur!) {
      cpu += (outer[j].tdur ?? outer[j].dur!) / 1000;
      inTask += outer[j++].dur! / 1000;
    }
    if (ours) {
      inTask = task.dur! / 1000;
      cpu = (task.tdur ?? task.dur!) / 1000;
    }
    if (inTask === 0) continue;
    summary.extensionTotal += inTask;
    summary.extensionCpuTotal += cpu;
    summary.longestExtensionCpu = Math.max(summary.longestExtensionCpu, cpu);
    if (inTask > summary.longestExtensionTask) {
      summary.longestExtensionTask = inTask;
      summary.longestExtensionTaskCpu = cpu;
    }
    if (inTask > 50) summary.extensionTasksOver50++;
  }
  return summary;
}

/** The trace categories that add the V8 sampling profiler (for --explain). */
export const PROFILE_CATEGORIES = [...TRACE_CATEGORIES, 'disabled-by-default-v8.cpu_profiler'];

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number };
}

/**
 * What the extension's longest task was doing: the V8 sampling profiler's
 * samples inside it, by the innermost function of the extension's scripts
 * (self) and by every function of them on the stack (total), plus the
 * trace's own events in it (layout, style, GC, compilation). Wall time of a
 * sample is the gap to the next one, so it is the share of the task, ms.
 */
export function explainLongestTask(events: TraceEvent[], pageOrigin: string, scope: 'longest' | 'all' = 'longest'): string {
  const pageScript = events.find((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && urlOf(e).startsWith(pageOrigin));
  if (!pageScript) return '  (no page script in the trace)';
  const { pid, tid } = pageScript;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number');
  // The task that ran any extension event and took the most thread time: on a
  // shared machine the longest by wall time is often the one that waited
  // longest for a core, not the one that did the most.
  const ours = main.filter(isExtension);
  const cpuOf = (t: TraceEvent) => t.tdur ?? t.dur!;
  let task: TraceEvent | null = null;
  for (const t of main.filter((e) => e.name === 'RunTask')) {
    if (task && cpuOf(t) <= cpuOf(task)) continue;
    if (ours.some((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur!)) task = t;
  }
  if (!task) return '  (no extension task)';
  // 'all': every task that ran extension code, as one (where the whole analysis spends its time).
  const windows = scope === 'all'
    ? main.filter((t) => t.name === 'RunTask' && ours.some((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur!))
    : [task];
  const from = Math.min(...windows.map((t) => t.ts));
  const to = Math.max(...windows.map((t) => t.ts + t.dur!));
  const within = (ts: number) => windows.some((t) => ts >= t.ts && ts <= t.ts + t.dur!);
  const lines = scope === 'all'
    ? [`  all ${windows.length} tasks that ran extension code: ${(windows.reduce((n, t) => n + cpuOf(t), 0) / 1000).toFixed(0)} ms cpu`]
    : [`  extension task with the most thread time: ${(cpuOf(task) / 1000).toFixed(0)} ms cpu, ${(task.dur! / 1000).toFixed(0)} ms wall`];
  // Trace events inside it, by name (outermost of each name), top 8.
  const byName = new Map<string, number>();
  for (const e of main) {
    if (windows.includes(e) || !within(e.ts)) continue;
    if (e.name === 'RunTask' || e.name.startsWith('ThreadControllerImpl')) continue;
    const label = e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name} ${(urlOf(e).split('/').pop() ?? '')}` : e.name;
    byName.set(label, (byName.get(label) ?? 0) + e.dur! / 1000);
  }
  lines.push('  events: ' + [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', '));
  // Profiles: one Profile event and its ProfileChunks, per profiler id.
  const nodes = new Map<string, Map<number, ProfileNode>>();
  const starts = new Map<string, number>();
  const samples: { profile: string; node: number; ts: number }[] = [];
  const clocks = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== pid) continue;
    const id = String((e as { id?: string }).id ?? '');
    const data = (e.args as { data?: { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } })?.data;
    if (e.name === 'Profile' && data?.startTime !== undefined) {
      starts.set(id, data.startTime);
      clocks.set(id, data.startTime);
    }
    if (e.name !== 'ProfileChunk' || !data) continue;
    const map = nodes.get(id) ?? new Map<number, ProfileNode>();
    nodes.set(id, map);
    for (const n of data.cpuProfile?.nodes ?? []) map.set(n.id, n);
    const ids = data.cpuProfile?.samples ?? [];
    let clock = clocks.get(id) ?? 0;
    for (const [i, node] of ids.entries()) {
      clock += data.timeDeltas?.[i] ?? 0;
      samples.push({ profile: id, node, ts: clock });
    }
    clocks.set(id, clock);
  }
  samples.sort((a, b) => a.ts - b.ts);
  const inTask = samples.filter((s) => s.ts >= from && s.ts <= to && within(s.ts));
  if (!inTask.length) return lines.concat('  (no profiler samples in it)').join('\n');
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? '').split('/').pop()}:${(n.callFrame.lineNumber ?? 0) + 1}:${(n.callFrame.columnNumber ?? 0) + 1}`;
  for (const [i, s] of inTask.entries()) {
    // A sample weighs the gap to the next one, capped: between two tasks the thread was not ours.
    const weight = Math.min((inTask[i + 1]?.ts ?? to) - s.ts, 2000) / 1000;
    const map = nodes.get(s.profile)!;
    let node = map.get(s.node);
    let innermost: string | null = null;
    const seen = new Set<string>();
    while (node) {
      const isOurs = (node.callFrame.url ?? '').startsWith('chrome-extension://');
      const label = isOurs ? name(node) : null;
      if (!isOurs && !innermost && (node.callFrame.functionName ?? '').startsWith('(')) innermost = node.callFrame.functionName;
      if (label) {
        innermost ??= label;
        if (!seen.has(label)) total.set(label, (total.get(label) ?? 0) + weight);
        seen.add(label);
      }
      node = node.parent !== undefined ? map.get(node.parent) : undefined;
    }
    const key = innermost ?? '(other)';
    self.set(key, (self.get(key) ?? 0) + weight);
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, scope === 'all' ? 25 : 10).map(([n, ms]) => `    ${ms.toFixed(1).padStart(7)}  ${n}`);
  return lines.concat('  self (innermost extension function):', ...top(self), '  total (on the stack):', ...top(total)).join('\n');
}
