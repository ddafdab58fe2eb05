// The tasks of a page's main thread, read from a Chromium trace (categories `disabled-by-default-devtools.timeline`
// and `blink.user_timing`), with the User Timing marks of the same renderer: what the peers benchmark sums
// (main-thread time before the rings) and weighs (blocking time: each task's excess over 50 ms).

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export interface MainThreadTasks {
  /** Tasks of the renderer main thread, start and duration in ms on the trace's clock. */
  tasks: { start: number; ms: number }[];
  /** Trace-clock ms of each User Timing mark (and navigationStart) of that renderer, by name, in order. */
  marks: Map<string, number[]>;
}

/**
 * The main-thread tasks of the renderer that made the mark `markName` (the last one that has it), else of
 * every renderer main thread in the trace.
 */
export function mainThreadTasks(trace: Buffer, markName?: string): MainThreadTasks {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const mains = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const marked = markName ? traceEvents.filter((e) => e.name === markName).at(-1) : undefined;
  const ours = (e: TraceEvent) =>
    marked ? e.pid === marked.pid && mains.has(`${e.pid}:${e.tid}`) : mains.has(`${e.pid}:${e.tid}`);
  const tasks = traceEvents
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && ours(e))
    .map((e) => ({ start: e.ts / 1000, ms: (e.dur ?? 0) / 1000 }))
    .sort((a, b) => a.start - b.start);
  const marks = new Map<string, number[]>();
  for (const e of traceEvents) {
    if (e.ph === 'X' || e.ph === 'M' || (marked && e.pid !== marked.pid)) continue;
    if (!e.name || !(e.name === 'navigationStart' || e.name === markName || e.name === 'rings-drawn'))
      continue;
    marks.set(e.name, [...(marks.get(e.name) ?? []), e.ts / 1000]);
  }
  for (const times of marks.values()) times.sort((a, b) => a - b);
  return { tasks, marks };
}

/** Main-thread ms within [from, to] (tasks clipped to it). */
export function busyMs(tasks: MainThreadTasks['tasks'], from: number, to: number): number {
  let sum = 0;
  for (const t of tasks) sum += Math.max(0, Math.min(to, t.start + t.ms) - Math.max(from, t.start));
  return sum;
}

/** Sum of each task's time over 50 ms, for tasks that start within [from, to]. */
export function blockingMs(tasks: MainThreadTasks['tasks'], from: number, to: number): number {
  return tasks
    .filter((t) => t.start >= from && t.start < to)
    .reduce((sum, t) => sum + Math.max(0, t.ms - 50), 0);
}

/** The longest task (ms) that starts within [from, to]. */
export function longestMs(tasks: MainThreadTasks['tasks'], from = -Infinity, to = Infinity): number {
  return Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.ms));
}
