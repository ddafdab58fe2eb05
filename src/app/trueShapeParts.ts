// The one chunk of the true-shape views (lazyTrueShape.tsx): the view on screen and the export's frame.
export { TrueShapeFrame, TrueShapeView } from '../views';
