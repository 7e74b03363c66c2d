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

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES },
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
  /** The longest task of the page's main thread, whoever ran it, ms. */
  longestTask: number;
  /** Compiling and running the first extension script the page met (what every page pays), ms. */
  startup: number;
}

/** The tasks of the main thread of the renderer that ran scripts from `pageOrigin`. */
export function summarizeTasks(events: TraceEvent[], pageOrigin: string): TaskSummary {
  const pageScript = events.find((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && urlOf(e).startsWith(pageOrigin));
  const empty = { longestExtensionTask: 0, longestExtensionTaskCpu: 0, extensionTasksOver50: 0, extensionTotal: 0, longestTask: 0, startup: 0 };
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
    if (inTask > summary.longestExtensionTask) {
      summary.longestExtensionTask = inTask;
      summary.longestExtensionTaskCpu = cpu;
    }
    if (inTask > 50) summary.extensionTasksOver50++;
  }
  return summary;
}
