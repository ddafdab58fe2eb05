// How much a scenario holds: the limits restore() enforces and the editing panels can show as input limits.
// They keep a shared URL short enough for chat apps and a map readable; they are not limits of the geodesy.

/** Launch sites on one map. */
export const MAX_SITES = 50;
/** Characters (code points) of a site label. */
export const MAX_LABEL_LENGTH = 80;
/** Systems the user made or loaded, on top of the data file's. */
export const MAX_CUSTOM_SYSTEMS = 50;
/** Characters (code points) of a custom system's name. */
export const MAX_CUSTOM_NAME_LENGTH = 80;
/** Characters (code points) of a custom system's source note. */
export const MAX_SOURCE_LENGTH = 300;
/** Characters (code points) of the map title. */
export const MAX_TITLE_LENGTH = 120;
/** Zoom levels a view may have: the whole world down to streets. */
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 18;
/** Characters (code points) of a custom system's note, type or variant. */
export const MAX_NOTE_LENGTH = 500;
/** Sources kept per custom system. */
export const MAX_SOURCES = 6;
/** Marked places on one map: like launch sites, enough for a story's targets and bases. */
export const MAX_MARKS = 50;
/** Vertices of one drawn line or polygon: a front line clicked or typed point by point. */
export const MAX_AREA_VERTICES = 500;
/** Vertices of all the lines and polygons of one file area: a detailed front line, a country's outline. */
export const MAX_FILE_AREA_VERTICES = 20_000;
/** Characters (code points) of a launch area's label. */
export const MAX_AREA_LABEL_LENGTH = 80;
/** Characters (code points) of the line under an exported map's title. */
export const MAX_SUBTITLE_LENGTH = 200;
/** Characters (code points) of the graphic's credit (its byline). */
export const MAX_CREDIT_LENGTH = 120;
/** Characters (code points) of the note printed above an exported map's footer. */
export const MAX_MAP_NOTE_LENGTH = 300;
