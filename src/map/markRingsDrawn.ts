// A User Timing mark each time the ring geometry has been handed to the map for drawing: the benchmarks
// (tests/bench/peerBench.ts, interactionBench.ts) time what follows a load, a pointer move or a click up to the
// frame after it, on the app and on its peers alike.
export function markRingsDrawn(): void {
  performance.mark('rings-drawn');
}
