// The benchmark's floor: a page with nothing to draw marks its (empty) rings at once, so its "rings painted"
// is the first frame any page can show.
import { markRingsDrawn } from '../../../src/map/markRingsDrawn';

markRingsDrawn();
