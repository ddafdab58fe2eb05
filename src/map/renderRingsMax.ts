// How many rings one task may make: a map of more is made in slices between frames (RingJob), not before the
// app (firstRings) nor in the render that asks for them (RingJob.startInRender). 50 launch points × 3 systems
// still are made at once; the heaviest map (2,650 rings) is not.

/** The most rings made in one task before the app or in a render. */
export const RENDER_RINGS_MAX = 150;
