// The wait behind everything that follows the first rings: two frames, then (when asked) an idle main thread,
// with fake frames and idle callbacks standing in for the browser's, and every pending step cancellable.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, whenIdle } from '../../src/map/afterFirstPaint';
import { useAfterFirstPaint } from '../../src/map/useAfterFirstPaint';

/** Callbacks waiting by handle, run one batch at a time, as a browser runs a frame or an idle period. */
function queue() {
  const waiting = new Map<number, () => void>();
  let next = 1;
  return {
    waiting,
    add(callback: () => void): number {
      waiting.set(next, callback);
      return next++;
    },
    remove(handle: number) {
      waiting.delete(handle);
    },
    run() {
      const batch = [...waiting.values()];
      waiting.clear();
      for (const callback of batch) callback();
    },
  };
}

let frames: ReturnType<typeof queue>;
let idle: ReturnType<typeof queue>;
let timers: ReturnType<typeof queue>;
let idleOptions: IdleRequestOptions[];
let timerDelays: number[];

function stubBrowser(withIdleCallback: boolean) {
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.add(callback));
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => frames.remove(handle));
  vi.stubGlobal('window', {
    ...(withIdleCallback
      ? {
          requestIdleCallback: (callback: () => void, options: IdleRequestOptions) => {
            idleOptions.push(options);
            return idle.add(callback);
          },
          cancelIdleCallback: (handle: number) => idle.remove(handle),
        }
      : {}),
    setTimeout: (callback: () => void, delay: number) => {
      timerDelays.push(delay);
      return timers.add(callback);
    },
    clearTimeout: (handle: number) => timers.remove(handle),
  });
}

beforeEach(() => {
  frames = queue();
  idle = queue();
  timers = queue();
  idleOptions = [];
  timerDelays = [];
  stubBrowser(true);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('afterFirstPaint', () => {
  it('calls back after the second frame, not the first', () => {
    const then = vi.fn();
    afterFirstPaint(then);
    expect(then).not.toHaveBeenCalled();
    frames.run();
    expect(then).not.toHaveBeenCalled();
    frames.run();
    expect(then).toHaveBeenCalledTimes(1);
    frames.run();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('given an idle wait, asks for an idle period only after the two frames', () => {
    const then = vi.fn();
    afterFirstPaint(then, { timeoutMs: 1500, fallbackMs: 300 });
    frames.run();
    expect(idle.waiting.size).toBe(0);
    frames.run();
    expect(then).not.toHaveBeenCalled();
    expect(idleOptions).toEqual([{ timeout: 1500 }]);
    idle.run();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('waits the fallback time where the browser has no idle callbacks', () => {
    stubBrowser(false);
    const then = vi.fn();
    afterFirstPaint(then, { timeoutMs: 3000, fallbackMs: 1200 });
    frames.run();
    frames.run();
    expect(timerDelays).toEqual([1200]);
    expect(then).not.toHaveBeenCalled();
    timers.run();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('cancels whatever is pending: the first frame, the second, or the idle wait', () => {
    const then = vi.fn();
    afterFirstPaint(then, { timeoutMs: 1500, fallbackMs: 300 })();
    expect(frames.waiting.size).toBe(0);

    const cancelBetweenFrames = afterFirstPaint(then, { timeoutMs: 1500, fallbackMs: 300 });
    frames.run();
    cancelBetweenFrames();
    expect(frames.waiting.size).toBe(0);

    const cancelWhileIdle = afterFirstPaint(then, { timeoutMs: 1500, fallbackMs: 300 });
    frames.run();
    frames.run();
    expect(idle.waiting.size).toBe(1);
    cancelWhileIdle();
    expect(idle.waiting.size).toBe(0);

    frames.run();
    idle.run();
    expect(then).not.toHaveBeenCalled();
  });
});

describe('whenIdle', () => {
  it('calls back in an idle period, or after the fallback time; either wait can be cancelled', () => {
    const then = vi.fn();
    whenIdle(then, { timeoutMs: 2500, fallbackMs: 800 });
    expect(idleOptions).toEqual([{ timeout: 2500 }]);
    idle.run();
    expect(then).toHaveBeenCalledTimes(1);

    stubBrowser(false);
    const cancel = whenIdle(then, { timeoutMs: 2500, fallbackMs: 800 });
    expect(timerDelays).toEqual([800]);
    cancel();
    timers.run();
    expect(then).toHaveBeenCalledTimes(1);
  });
});

describe('useAfterFirstPaint', () => {
  function Probe(props: { enabled?: boolean }) {
    return createElement('p', null, String(useAfterFirstPaint(props)));
  }

  it('is false in the first render, before any frame, and schedules nothing while rendering', () => {
    expect(renderToStaticMarkup(createElement(Probe))).toBe('<p>false</p>');
    expect(renderToStaticMarkup(createElement(Probe, { enabled: false }))).toBe('<p>false</p>');
    expect(frames.waiting.size).toBe(0);
  });
});
