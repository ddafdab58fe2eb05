// hideEmptyCanvas: a canvas renderer's canvas is transparent while the renderer has no path to draw, shown again
// as a path comes back, in the same call (Leaflet's list of paths, `_drawFirst`, stood in for).
import type { Canvas } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { hideEmptyCanvas } from '../../src/map/hideEmptyCanvas';

interface Order {
  layer: unknown;
  next: Order | null;
}

/** A stand-in for Leaflet's Canvas: `_initPath` links a path in, `_removePath` takes it out. */
function renderer(paths: unknown[] = []) {
  const r = {
    _container: { style: { opacity: '' } },
    _drawFirst: null as Order | null,
    _initPath(layer: unknown) {
      r._drawFirst = { layer, next: r._drawFirst };
    },
    _removePath(layer: unknown) {
      let prev: Order | null = null;
      for (let o = r._drawFirst; o; prev = o, o = o.next) {
        if (o.layer !== layer) continue;
        if (prev) prev.next = o.next;
        else r._drawFirst = o.next;
        return;
      }
    },
  };
  for (const p of paths) r._initPath(p);
  return r;
}

const asCanvas = (r: object) => r as unknown as Canvas;

describe('hideEmptyCanvas', () => {
  it('leaves a canvas with paths as it is, and makes an empty one transparent at once', () => {
    const drawn = renderer(['ring']);
    hideEmptyCanvas(asCanvas(drawn));
    expect(drawn._container.style.opacity).toBe('');
    const empty = renderer();
    hideEmptyCanvas(asCanvas(empty));
    expect(empty._container.style.opacity).toBe('0');
  });

  it('hides the canvas as its last path goes, and shows it as one comes back', () => {
    const r = renderer(['fill', 'outline']);
    hideEmptyCanvas(asCanvas(r));
    r._removePath('fill');
    expect(r._container.style.opacity).toBe('');
    r._removePath('outline');
    expect(r._drawFirst).toBeNull();
    expect(r._container.style.opacity).toBe('0');
    r._initPath('dropped');
    expect(r._container.style.opacity).toBe('');
  });

  it('wraps a renderer once: applied again, it changes nothing', () => {
    const r = renderer(['ring']);
    hideEmptyCanvas(asCanvas(r));
    const wrapped = r._removePath;
    hideEmptyCanvas(asCanvas(r));
    expect(r._removePath).toBe(wrapped);
    r._removePath('ring');
    expect(r._container.style.opacity).toBe('0');
  });
});
