// Begins a wrapping of some methods of a Leaflet canvas renderer, once per renderer and wrapping: the renderer
// seen through the wrapping's own view of Leaflet 1.9's Canvas internals (Canvas.js), and the methods it
// replaces as they were before it, kept for its wrappers to call. Which wrapping goes over which is
// wrapRingsCanvas's.
import type { Canvas } from 'leaflet';

/** Per renderer, the names of the wrappings begun on it. */
const done = new WeakMap<object, Set<string>>();

export interface Wrapping<Internals, K extends keyof Internals> {
  /** The renderer, as the wrapping sees its internals. */
  r: Internals;
  /** The methods the wrapping replaces, as they were before it. */
  original: Pick<Internals, K>;
}

/**
 * The wrapping called `name` of `renderer`, begun now; null when it was begun before (once is enough). The
 * caller then replaces the `methods` it named, its replacements calling the originals.
 *
 * @example
 * const wrapping = wrapRenderer<Internals, '_redraw'>(renderer, 'keepRingsStacked', ['_redraw']);
 * if (!wrapping) return;
 * const { r, original } = wrapping;
 * r._redraw = function redrawStacked(this: Internals) {
 *   restack(this);
 *   original._redraw.call(this);
 * };
 */
export function wrapRenderer<Internals, K extends keyof Internals>(
  renderer: Canvas,
  name: string,
  methods: readonly K[],
): Wrapping<Internals, K> | null {
  const begun = done.get(renderer) ?? new Set<string>();
  if (begun.has(name)) return null;
  begun.add(name);
  done.set(renderer, begun);
  const r = renderer as unknown as Internals;
  const original = {} as Pick<Internals, K>;
  for (const method of methods) original[method] = r[method];
  return { r, original };
}
