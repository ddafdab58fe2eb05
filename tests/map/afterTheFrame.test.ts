// afterTheFrame: the callback runs in a task posted from the next frame's animation callback, not in the frame,
// and a cancel before the frame or between the frame and the task stops it (fake frames and timers stand in).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterTheFrame } from '../../src/map/afterTheFrame';

let frames: Map<number, () => void>;
let nextHandle: number;

/** Runs the frame: every animation callback waiting, as a browser does at the start of a frame. */
function runFrame() {
  const batch = [...frames.values()];
  frames.clear();
  for (const callback of batch) callback();
}

beforeEach(() => {
  frames = new Map();
  nextHandle = 1;
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
    frames.set(nextHandle, callback);
    return nextHandle++;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => frames.delete(handle));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterTheFrame', () => {
  it('runs the callback in a task after the next frame, not before it nor in it', () => {
    const calls: string[] = [];
    afterTheFrame(() => calls.push('after'));
    vi.runAllTimers();
    expect(calls).toEqual([]);
    runFrame();
    expect(calls).toEqual([]);
    vi.runAllTimers();
    expect(calls).toEqual(['after']);
  });

  it('is cancelled before the frame', () => {
    const calls: string[] = [];
    const cancel = afterTheFrame(() => calls.push('after'));
    cancel();
    runFrame();
    vi.runAllTimers();
    expect(calls).toEqual([]);
  });

  it('is cancelled between the frame and its task', () => {
    const calls: string[] = [];
    const cancel = afterTheFrame(() => calls.push('after'));
    runFrame();
    cancel();
    vi.runAllTimers();
    expect(calls).toEqual([]);
  });
});
