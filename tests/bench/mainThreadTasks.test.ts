// The peers benchmark's reading of a Chromium trace: only the marked renderer's main thread counts, tasks are
// clipped to a window, and blocking time is each task's excess over 50 ms.
import { describe, expect, it } from 'vitest';
import { blockingMs, busyMs, longestMs, mainThreadTasks } from './mainThreadTasks';

const thread = (pid: number, tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (pid: number, tid: number, startMs: number, ms: number) => ({
  name: 'RunTask',
  ph: 'X',
  pid,
  tid,
  ts: startMs * 1000,
  dur: ms * 1000,
});
const mark = (pid: number, name: string, atMs: number) => ({ name, ph: 'R', pid, tid: 1, ts: atMs * 1000 });

const trace = Buffer.from(
  JSON.stringify({
    traceEvents: [
      thread(1, 1, 'CrRendererMain'),
      thread(1, 2, 'Compositor'),
      thread(2, 1, 'CrRendererMain'),
      mark(1, 'navigationStart', 100),
      task(1, 1, 100, 30),
      task(1, 1, 180, 80), // across the mark at 200
      task(1, 2, 120, 500), // not the main thread
      task(2, 1, 110, 900), // another renderer
      mark(1, 'rings-painted', 200),
      task(1, 1, 300, 120),
      task(1, 1, 5000, 70), // starts after the 4 s window
    ],
  }),
);

describe('mainThreadTasks', () => {
  const { tasks, marks } = mainThreadTasks(trace, 'rings-painted');

  it("keeps the marked renderer's main thread only, in order, with its marks", () => {
    expect(tasks).toEqual([
      { start: 100, ms: 30 },
      { start: 180, ms: 80 },
      { start: 300, ms: 120 },
      { start: 5000, ms: 70 },
    ]);
    expect(marks.get('navigationStart')).toEqual([100]);
    expect(marks.get('rings-painted')).toEqual([200]);
  });

  it('sums main-thread time within a window, clipping the task that crosses its end', () => {
    expect(busyMs(tasks, 100, 200)).toBe(30 + 20);
  });

  it('sums the excess over 50 ms of the tasks that start within a window, and finds the longest', () => {
    expect(blockingMs(tasks, 200, 4200)).toBe(70);
    expect(blockingMs(tasks, 100, 4200)).toBe(30 + 70);
    expect(longestMs(tasks, 200, 4200)).toBe(120);
    expect(longestMs(tasks)).toBe(120);
  });

  it('takes every renderer main thread when no mark is named', () => {
    expect(mainThreadTasks(trace).tasks).toHaveLength(5);
  });
});
