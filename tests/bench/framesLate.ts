// "Within one frame", counted directly: for each input (a pointer move, a click, a key), how many frame
// intervals (one every 1/60 s, on the vsync grid) it came late. The first frame boundary after the input is
// when an idle page would begin the frame showing it; that frame is on time if its main-thread work is done
// within one interval of that boundary. Each further interval before the work on the frame that showed it was
// done counts as a frame late, whether the page made frames meanwhile or let the boundaries go by busy, so a
// page can meet it neither by making fewer frames nor by starting a frame late and calling it on time (a
// frame's requestAnimationFrame timestamp is the boundary it was due at, however late the page gets to it).

/** One frame at 60 Hz, ms: the interval the benches hold a frame to. */
export const FRAME_MS = 1000 / 60;

/**
 * A frame interval read on pages served cross-origin isolated (servePages' `isolated`), whose clocks are
 * coarsened to 5 µs: one frame at 60 Hz, within two such steps. Without isolation, 0.1 ms steps read a steady
 * 60 fps as 16.5–16.8 ms.
 */
export const ONE_FRAME_READ_MS = FRAME_MS + 2 * 0.005;

/** One input as the page saw it: its event's timestamp, the start of the frame that showed its result (the
 * requestAnimationFrame timestamp, on the vsync grid) and the end of that frame's main-thread work (ms). */
export type ShownFrame = readonly [inputAt: number, frameStart: number, workDone: number];

/**
 * Frames late per input.
 *
 * @example
 * framesLate([[10, 16.7, 20]]); // [0]: the first frame after the input, its work done in time
 * framesLate([[10, 16.7, 40]]); // [1]: that frame's work ran into the next interval
 */
export function framesLate(shown: readonly ShownFrame[], frameMs = FRAME_MS): number[] {
  return shown.map(([inputAt, frameStart, workDone]) => {
    // the first boundary after the input, on the grid of the frame that showed it
    const firstBoundary = frameStart + (Math.floor((inputAt - frameStart) / frameMs) + 1) * frameMs;
    return Math.max(0, Math.ceil((workDone - firstBoundary) / frameMs) - 1);
  });
}
