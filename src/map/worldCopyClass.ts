// The class of a label written on a world copy of what it names (a launch area's reach drawn a world west and
// east, so the part across 180° shows beside the rest): on the map like any other, but not what a view is fitted to.

/** Marks a label drawn on a world copy, 360° from the thing it names. */
export const WORLD_COPY_CLASS = 'world-copy';
