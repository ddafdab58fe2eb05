// The globe and the distance map, loaded from their own chunk: a page that opens on the Leaflet map (most do)
// parses none of their code before its rings are painted. The export's frame comes from the same chunk, which
// the view on screen has loaded already, so the frame shows at once and gets its first fit as before.
import type { TrueShapeFrameProps } from '../views/TrueShapeFrame';
import type { TrueShapeViewProps } from '../views/TrueShapeView';
import { lazyPart } from './lazyPart';

type Parts = typeof import('./trueShapeParts');

let parts: Parts | undefined;
/** The chunk's module, kept once loaded (by either part, or by a second try under a new address). */
const keep = (module: Parts) => {
  parts = module;
  return module;
};

export const LazyTrueShapeView = lazyPart<TrueShapeViewProps, Parts>(
  'the globe and distance views',
  () => import('./trueShapeParts'),
  () => <div className="true-shape-loading" aria-busy="true" />,
  () => parts?.TrueShapeView,
  (module) => keep(module).TrueShapeView,
);

export const LazyTrueShapeFrame = lazyPart<TrueShapeFrameProps, Parts>(
  'the globe and distance views',
  () => import('./trueShapeParts'),
  () => <div className="true-shape-loading" aria-busy="true" />,
  () => parts?.TrueShapeFrame,
  (module) => keep(module).TrueShapeFrame,
);
