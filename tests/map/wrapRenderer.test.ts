// wrapRenderer: a wrapping of a renderer begins once, keeps the methods it replaces as they were, and wraps over
// the wrappings begun before it.
import type { Canvas } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { wrapRenderer } from '../../src/map/wrapRenderer';

interface Internals {
  calls: string[];
  _redraw(): void;
}

/** A stand-in for a canvas renderer: its _redraw notes that it ran. */
function renderer(): Canvas & Internals {
  const r = {
    calls: [] as string[],
    _redraw(this: Internals) {
      this.calls.push('leaflet');
    },
  };
  return r as unknown as Canvas & Internals;
}

/** Wraps `_redraw` under `name` with one that notes `name`, then calls what it wrapped. */
function wrapNoting(target: Canvas, name: string): boolean {
  const wrapping = wrapRenderer<Internals, '_redraw'>(target, name, ['_redraw']);
  if (!wrapping) return false;
  const { r, original } = wrapping;
  r._redraw = function redrawNoted(this: Internals) {
    this.calls.push(name);
    original._redraw.call(this);
  };
  return true;
}

describe('wrapRenderer', () => {
  it('begins a wrapping once per renderer: a second one of the same name is null', () => {
    const target = renderer();
    expect(wrapNoting(target, 'sliced')).toBe(true);
    expect(wrapNoting(target, 'sliced')).toBe(false);
    target._redraw();
    expect(target.calls).toEqual(['sliced', 'leaflet']);
  });

  it('keeps the original as it was before the wrapping, and gives the renderer as the wrapping sees it', () => {
    const target = renderer();
    const before = target._redraw;
    const wrapping = wrapRenderer<Internals, '_redraw'>(target, 'kept', ['_redraw']);
    expect(wrapping?.r).toBe(target);
    expect(wrapping?.original._redraw).toBe(before);
  });

  it('wraps over the wrappings begun before, whose redraw then runs after its own', () => {
    const target = renderer();
    wrapNoting(target, 'inner');
    wrapNoting(target, 'outer');
    target._redraw();
    expect(target.calls).toEqual(['outer', 'inner', 'leaflet']);
  });

  it('begins the same wrapping on each renderer of its own', () => {
    const [a, b] = [renderer(), renderer()];
    expect(wrapNoting(a, 'stacked')).toBe(true);
    expect(wrapNoting(b, 'stacked')).toBe(true);
    b._redraw();
    expect(a.calls).toEqual([]);
    expect(b.calls).toEqual(['stacked', 'leaflet']);
  });
});
