// "Within one frame", counted directly: for each pointer move, how many frame boundaries (vsync ticks, one
// every 1/60 s) passed after the move was received (its event's timestamp) before the frame that showed its
// rings began. 0 is the first frame that begins after the move (or the frame already under way that handled
// it); a tick the page let go by without starting a frame (its main thread busy) counts as a frame late, so a
// page cannot meet it by making fewer frames.

/** One frame at 60 Hz, ms: the interval the benches hold a frame to. */
export const FRAME_MS = 1000 / 60;

/**
 * Frames late per move, from each move's [event timestamp, start of the frame showing its rings] (the page's
 * clock, ms; a frame's start as requestAnimationFrame gives it, on the vsync grid).
 *
 * @example
 * framesLate([[10, 16.7]]); // [0]: shown in the first frame after the move
 * framesLate([[10, 33.3]]); // [1]: one frame began (or was due) without it
 */
export function framesLate(moveFrames: readonly (readonly [number, number])[], frameMs = FRAME_MS): number[] {
  // the ticks on the shown frame's grid strictly between the move and that frame's start
  return moveFrames.map(([movedAt, shownIn]) => Math.max(0, Math.ceil((shownIn - movedAt) / frameMs) - 1));
}
