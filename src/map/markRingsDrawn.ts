// Marks the moment the ring geometry has been handed to the map for drawing, so a benchmark (or a trace) can
// time what follows a pointer move, a click or a load up to the rings on screen.
export function markRingsDrawn(): void {
  performance.mark('rings-drawn');
}
