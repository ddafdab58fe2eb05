// The class of what the map shows but a PNG capture leaves out (src/export/paneLayers.ts names it too: the export
// reads the map's folder only through its index, which loads Leaflet): a canvas shown by a copy (mirrorCanvas: the
// capture copies the canvas drawn on), the picture of the still launch points while one is dragged
// (pictureStillMarkers: the points themselves are there).

/** The class that leaves an element out of a PNG capture. */
export const LEAVE_OUT_OF_PNG = 'png-export-leave-out';
