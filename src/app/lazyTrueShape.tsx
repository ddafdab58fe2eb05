// The globe and the distance map, loaded from their own chunk: a page that opens on the Leaflet map (most do)
// parses none of their code before its rings are painted. The export's frame comes from the same chunk, which
// the view on screen has loaded already, so the frame shows at once and gets its first fit as before.
import type { TrueShapeFrameProps } from '../views/TrueShapeFrame';
import type { TrueShapeViewProps } from '../views/TrueShapeView';
import { lazyPart } from './lazyPart';

type Parts = typeof import('./trueShapeParts');

let parts: Parts | undefined;
const loadParts = () =>
  import('./trueShapeParts').then((module) => {
    parts = module;
    return module;
  });

export const LazyTrueShapeView = lazyPart<TrueShapeViewProps>(
  'the globe and distance views',
  () => loadParts().then((module) => ({ default: module.TrueShapeView })),
  () => <div className="true-shape-loading" aria-busy="true" />,
  () => parts?.TrueShapeView,
);

export const LazyTrueShapeFrame = lazyPart<TrueShapeFrameProps>(
  'the globe and distance views',
  () => loadParts().then((module) => ({ default: module.TrueShapeFrame })),
  () => <div className="true-shape-loading" aria-busy="true" />,
  () => parts?.TrueShapeFrame,
);
