// A User Timing mark each time the ring geometry has been handed to the map for drawing: the benchmarks
// (tests/bench/peerBench.ts, interactionBench.ts) time what follows a load, a pointer move or a click up to the
// frame after it, on the app and on its peers alike. Only the latest is kept in the page's timeline: a drag
// marks every pointer move, and marks left there would pile up for as long as the page is open.
export function markRingsDrawn(): void {
  performance.clearMarks('rings-drawn');
  performance.mark('rings-drawn');
}
