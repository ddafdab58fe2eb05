// What the interaction benchmark records inside the page for the clicks and key presses it times (a drag is
// timed by benchProbe, as the peers benchmark times it), the same way for every build it compares: each
// input event's own timestamp, every frame's start (requestAnimationFrame) and the end of its main-thread work
// (a task posted from it at the highest priority, as benchProbe takes it), and every change to
// what a reader sees of the map and the panel: the rings redrawn (a path cleared, filled or stroked on the rings
// canvas; an SVG renderer rewrites its paths), and the text, nodes, classes and positions of what the map shows
// (labels, names, markers). The side panel is left out: some of its lists follow a change on purpose later
// (the in-reach lists wait for the launch points to settle). A build need not
// call performance.mark for it, so a build from before the marks were added is measured the same way.
// Strings, not functions: the TypeScript loader would wrap named functions in a helper the page lacks.

/** Installed before the page's own scripts (page.addInitScript). */
export const PROBE_INIT = `(() => {
  const probe = { frames: [], rings: [], changes: [], input: null, recording: false };
  window.__probe = probe;
  // a redraw clears the box it draws; rings added on top of the stack are drawn over the picture, uncleared
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['clearRect', 'fill', 'stroke']) {
    const draw = proto[name];
    proto[name] = function (...args) {
      const pane = this.canvas.parentElement;
      if (pane && pane.classList.contains('leaflet-rings-pane')) {
        const t = performance.now();
        probe.rings.push(t);
        probe.changes.push(t);
      }
      return draw.apply(this, args);
    };
  }
  // the event's own timestamp: the wait for a busy main thread counts, as it does for a drag's moves
  for (const type of ['click', 'keydown']) {
    addEventListener(type, (e) => { if (probe.input === null) probe.input = e.timeStamp; }, true);
  }
  // the first task after the frame's style, layout, paint and commit (as benchProbe's)
  const after = (done) => {
    if (typeof window.scheduler?.postTask === 'function') {
      window.scheduler.postTask(done, { priority: 'user-blocking' });
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = done;
    channel.port2.postMessage(null);
  };
  // [the frame's start, the end of its work]: a change made before that end, even by a later animation frame
  // callback of the same frame (Leaflet draws its canvases in one), is shown by it
  const frame = (now) => {
    if (probe.recording) {
      const entry = [now, null];
      probe.frames.push(entry);
      after(() => { entry[1] = performance.now(); });
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const watched = new WeakSet();
  const seen = new MutationObserver(() => probe.changes.push(performance.now()));
  const ringPaths = new MutationObserver(() => {
    const t = performance.now();
    probe.rings.push(t);
    probe.changes.push(t);
  });
  const options = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style', 'class'] };
  setInterval(() => {
    for (const el of document.querySelectorAll('.range-map')) {
      if (watched.has(el)) continue;
      watched.add(el);
      seen.observe(el, options);
    }
    for (const el of document.querySelectorAll('.leaflet-rings-pane')) {
      if (watched.has(el)) continue;
      watched.add(el);
      ringPaths.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['d'] });
    }
  }, 50);
})()`;

/** Starts recording from now on. */
export const PROBE_START = `(() => {
  const p = window.__probe;
  p.frames = []; p.rings = []; p.changes = []; p.input = null; p.recording = true;
})()`;

/** One interaction as the page saw it, in ms of the page's clock. */
export interface InteractionTimes {
  /** The click's or key's event timestamp. */
  input: number;
  /**
   * The frame that showed the first change it made to the map, and the last: its start and the end of its
   * main-thread work (null: no frame's work ended after that change).
   */
  first: ShownBy | null;
  last: ShownBy | null;
}

export type ShownBy = readonly [frameStart: number, workDone: number];

/** Stops recording and sums up one interaction (null when there was no click or key, or no change). */
export const PROBE_INTERACTION = `(() => {
  const p = window.__probe;
  p.recording = false;
  if (p.input === null) return null;
  const changes = p.changes.filter((t) => t >= p.input);
  if (changes.length === 0) return null;
  const shownBy = (t) => p.frames.find(([, done]) => done !== null && done > t) ?? null;
  return { input: p.input, first: shownBy(Math.min(...changes)), last: shownBy(Math.max(...changes)) };
})()`;
