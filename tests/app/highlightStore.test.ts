// The highlight store: pointer events' highlights wait for the next animation frame's callbacks and are rendered
// there once, with the value the frame's events left; setNow renders at once and drops what waited.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { highlightStore } from '../../src/app/highlightStore';

let frames: Map<number, FrameRequestCallback>;

function runFrame() {
  const callbacks = [...frames.values()];
  frames.clear();
  for (const callback of callbacks) callback(0);
}

beforeEach(() => {
  frames = new Map();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(next, callback);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => vi.unstubAllGlobals());

describe('highlightStore', () => {
  it('renders a pointer event’s highlight in the next frame’s callbacks, not before', () => {
    const store = highlightStore();
    const seen: (string | null)[] = [];
    store.subscribe(() => seen.push(store.get()?.systemId ?? null));
    store.point('eram', 'list');
    expect(store.get()).toBeNull();
    expect(seen).toEqual([]);
    runFrame();
    expect(store.get()).toEqual({ systemId: 'eram', from: 'list' });
    expect(seen).toEqual(['eram']);
  });

  it('renders once a frame, with what the frame’s events left: off a ring and onto a row is the row’s', () => {
    const store = highlightStore();
    store.point('atacms', 'map');
    runFrame();
    const listener = vi.fn();
    store.subscribe(listener);
    // the row's pointerover comes before the map's mouseout in one move
    store.point('eram', 'list');
    store.point(null, 'map');
    expect(frames.size).toBe(1);
    runFrame();
    expect(store.get()?.systemId).toBe('eram');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells nobody when a frame’s events leave the highlight as it was', () => {
    const store = highlightStore();
    store.point('eram', 'list');
    runFrame();
    const listener = vi.fn();
    store.subscribe(listener);
    // going off a ring the map did not highlight leaves the row's highlight: no render
    store.point(null, 'map');
    runFrame();
    expect(store.get()).toEqual({ systemId: 'eram', from: 'list' });
    expect(listener).not.toHaveBeenCalled();
    // onto the same system's bar: the same system, now the chart's, so that leaving the bar takes it off
    store.point('eram', 'chart');
    runFrame();
    expect(store.get()).toEqual({ systemId: 'eram', from: 'chart' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('sets a highlight at once with setNow, dropping one waiting for its frame', () => {
    const store = highlightStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.point('eram', 'list');
    store.setNow(null);
    expect(frames.size).toBe(0);
    expect(store.get()).toBeNull();
    expect(listener).not.toHaveBeenCalled();
    store.point('eram', 'list');
    runFrame();
    store.setNow(null);
    expect(store.get()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('drops a highlight waiting for its frame when cancelled, and tells no listener gone', () => {
    const store = highlightStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.point('eram', 'list');
    store.cancel();
    runFrame();
    expect(store.get()).toBeNull();
    unsubscribe();
    store.point('eram', 'list');
    runFrame();
    expect(store.get()?.systemId).toBe('eram');
    expect(listener).not.toHaveBeenCalled();
  });
});
