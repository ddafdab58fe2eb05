// What the interaction benchmark records inside the page for the clicks and key presses it times (a drag is
// timed by benchProbe, as the peers benchmark times it), the same way for every build it compares: the
// time each input event reaches the page, every frame's start (requestAnimationFrame), and every change to
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
  for (const type of ['click', 'keydown']) {
    addEventListener(type, () => { if (probe.input === null) probe.input = performance.now(); }, true);
  }
  const frame = (now) => {
    if (probe.recording) probe.frames.push(now);
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

/**
 * Stops recording and sums up one interaction: from the click or key press to the start of the first frame
 * after the first change it made to the map, and after the last (null when it changed nothing).
 */
export const PROBE_INTERACTION = `(() => {
  const p = window.__probe;
  p.recording = false;
  if (p.input === null) return null;
  const changes = p.changes.filter((t) => t >= p.input);
  if (changes.length === 0) return null;
  const frameAfter = (t) => p.frames.find((f) => f > t);
  const first = frameAfter(Math.min(...changes));
  const last = frameAfter(Math.max(...changes));
  return { first: first === undefined ? null : first - p.input, last: last === undefined ? null : last - p.input };
})()`;
