// A User Timing mark each time the ring geometry has been handed to the map for drawing: the benchmark
// (tests/bench/peerBench.ts) times "rings painted" as the frame after it, on the app and on its peers alike.
export function markRingsDrawn(): void {
  performance.mark('rings-drawn');
}
