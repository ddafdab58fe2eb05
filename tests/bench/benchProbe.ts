// What the benchmark installs in every page before its own scripts (the app, peer a and the floor alike), so
// that every figure is taken the same way on each. "Rings painted" is the first frame after a 'rings-drawn'
// mark, timed when that frame's main-thread work is done: a requestAnimationFrame asked for after the mark runs
// in that frame, and a task it posts at the highest priority (scheduler.postTask, 'user-blocking') runs once
// the frame's style, layout and paint are done, before any task the page queued earlier (a message would wait
// behind those: a timer or a React render queued by the input was counted as the frame's work). (A
// frame's own timestamp can be older than an input handled while it was already under way, so it is not used.)
// An input's latency runs from the input event's own timestamp to that moment after the next mark, or after the
// first frame in which the page shows what was expected.
import type { Page } from 'playwright-core';
import { framesLate, type ShownFrame } from './framesLate';

/** The page's probe, as set up by PROBE (window.__bench). */
export interface Probe {
  marks: number[];
  paintedAt?: number;
  /** For each pointer move while `recording`: its event's timestamp, the start of the frame that showed its
   * rings and the end of that frame's work (framesLate's ShownFrame; the latency is the end less the move). */
  moveFrames: ShownFrame[];
  recording: boolean;
}

// A string, not a function: the TypeScript loader would wrap named functions in a helper the page lacks.
// performance.mark is wrapped (not observed) so the probe hears of a mark in the same task that made it.
const PROBE = `(() => {
  const b = { marks: [], moveFrames: [], recording: false, pendingMoves: [], waiters: [] };
  window.__bench = b;
  // the first task after the frame: posted at the highest priority, it runs before the tasks the page queued
  // earlier (its timers, a framework's scheduler), which are not the frame's work
  const rendered = (done) => {
    if (typeof window.scheduler?.postTask === 'function') {
      window.scheduler.postTask(() => done(performance.now()), { priority: 'user-blocking' });
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  };
  // the interactions bench's probe (interactionProbe.ts) ends its frames the same way
  b.rendered = rendered;
  // done(end of the frame's work, the frame's start as requestAnimationFrame gives it)
  const frameAfter = (done) => requestAnimationFrame((start) => rendered((t) => done(t, start)));
  const mark = performance.mark.bind(performance);
  performance.mark = function (name, options) {
    const entry = mark(name, options);
    if (name !== 'rings-drawn') return entry;
    b.marks.push(performance.now());
    if (b.marks.length === 1) frameAfter((t) => { b.paintedAt = t; mark('rings-painted'); });
    const moves = b.pendingMoves;
    const waiters = b.waiters;
    b.pendingMoves = [];
    b.waiters = [];
    if (moves.length > 0 || waiters.length > 0)
      frameAfter((t, start) => {
        for (const m of moves) b.moveFrames.push([m, start, t]);
        for (const w of waiters) w(t, start);
      });
    return entry;
  };
  addEventListener('pointermove', (e) => { if (b.recording) b.pendingMoves.push(e.timeStamp); }, true);
  // arm(type, test): the next input event of that type starts a timing; it ends at the frame after the next
  // 'rings-drawn' mark (test absent) or after the first frame where test() holds. It resolves to
  // [the input's timestamp, the start of the frame that showed the result, the end of its work].
  b.arm = (type, test) => {
    b.result = new Promise((resolve) => {
      const onInput = (e) => {
        removeEventListener(type, onInput, true);
        const at = e.timeStamp;
        if (!test) {
          b.waiters.push((t, start) => resolve([at, start, t]));
          return;
        }
        const check = () => requestAnimationFrame((start) => {
          if (test()) rendered((t) => resolve([at, start, t]));
          else check();
        });
        check();
      };
      addEventListener(type, onInput, true);
    });
  };
})()`;

/** Installs the probe in every document `page` opens from now on. */
export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript(PROBE);
}

/** Milliseconds from navigation to the rings painted, once they are (throws after `timeoutMs`). */
export async function ringsPaintedAt(page: Page, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __bench?: Probe }).__bench?.paintedAt,
    undefined,
    { timeout: timeoutMs, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** One input timed: ms to the end of the frame that showed its result, and how many frames late that was. */
export interface InputTiming {
  ms: number;
  /** Frames late (framesLate): 0 is the first frame after the input, its work done within the frame. */
  framesLate: number;
}

/**
 * Times one input: `type` is the input event that starts it ('click', 'keydown'), `test` (source of a function
 * run in the page) what the page must show, else the next rings drawn. Throws after `timeoutMs`.
 */
export async function timeInputFrames(
  page: Page,
  type: string,
  act: () => Promise<void>,
  test?: string,
  timeoutMs = 30_000,
): Promise<InputTiming> {
  // evaluated by the debugger protocol, so a page's Content-Security-Policy (no eval) does not stop it
  await page.evaluate(`window.__bench.arm(${JSON.stringify(type)}, ${test ?? 'null'})`);
  await act();
  const shown = (await page.evaluate(
    `Promise.race([window.__bench.result, new Promise((_, fail) => setTimeout(() => fail(new Error('nothing shown within ${timeoutMs} ms')), ${timeoutMs}))])`,
  )) as ShownFrame;
  return { ms: shown[2] - shown[0], framesLate: framesLate([shown])[0] as number };
}
