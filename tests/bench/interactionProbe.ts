// What the interaction benchmark records inside the page for the clicks, key presses and hovers it times (a drag is
// timed by benchProbe, as the peers benchmark times it), the same way for every build it compares: each
// input event's own timestamp, every frame's start (requestAnimationFrame), when its callbacks ran and the end of
// its main-thread work (a task posted from it at the highest priority, as benchProbe takes it), and every change to
// what a reader sees of the map and the panel: the rings redrawn (a path cleared, filled or stroked on the rings
// canvas; an SVG renderer rewrites its paths), and the text, nodes, classes and positions of what the map shows
// (labels, names, markers). The side panel is left out: some of its lists follow a change on purpose later
// (the in-reach lists wait for the launch points to settle). A build need not
// call performance.mark for it, so a build from before the marks were added is measured the same way.
// Strings, not functions: the TypeScript loader would wrap named functions in a helper the page lacks.

import { FRAME_CALLBACK_CLOCK } from '../support/frameCallbackClock';

/** Installed before the page's own scripts (page.addInitScript), after benchProbe's installProbe. */
export const PROBE_INIT = `${FRAME_CALLBACK_CLOCK};
(() => {
  const probe = { frames: [], changes: [], input: null, inputs: [], recording: false };
  window.__probe = probe;
  // A change is [when, the frame whose animation frame callbacks made it (its timestamp) or null]. A change made
  // in a callback is shown by that frame; one made in a task, by the first frame whose callbacks run after it.
  const change = () => {
    if (probe.recording) probe.changes.push([performance.now(), window.__inFrame]);
  };
  const raf = window.requestAnimationFrame.bind(window);
  // a redraw clears the box it draws; rings added on top of the stack are drawn over the picture, uncleared
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['clearRect', 'fill', 'stroke']) {
    const draw = proto[name];
    proto[name] = function (...args) {
      const pane = this.canvas.parentElement;
      if (pane && pane.classList.contains('leaflet-rings-pane')) change();
      return draw.apply(this, args);
    };
  }
  // the event's own timestamp: the wait for a busy main thread counts, as it does for a drag's moves; of the
  // kinds of input this recording times (probeStart)
  for (const type of ['click', 'keydown', 'pointerover']) {
    addEventListener(
      type,
      (e) => { if (probe.input === null && probe.inputs.includes(e.type)) probe.input = e.timeStamp; },
      true,
    );
  }
  // the first task after the frame's style, layout, paint and commit: benchProbe's, installed before this one
  const after = window.__bench.rendered;
  // each frame: its start (the callbacks' timestamp), when its callbacks began (no task runs between that and
  // its paint) and the end of its work
  const frame = (now) => {
    if (probe.recording) {
      const entry = { start: now, ran: performance.now(), done: null };
      probe.frames.push(entry);
      after((t) => { entry.done = t; });
    }
    raf(frame);
  };
  raf(frame);
  // The map's nodes are watched only while an interaction is recorded (probeStart to PROBE_INTERACTION): an
  // observer left on them would take each of a drag's changes too, and the drag is timed as the peers
  // benchmark times it, with no observer on the page.
  const seen = new MutationObserver(change);
  const ringPaths = new MutationObserver(change);
  const options = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style', 'class'] };
  probe.watch = () => {
    for (const el of document.querySelectorAll('.range-map')) seen.observe(el, options);
    for (const el of document.querySelectorAll('.leaflet-rings-pane'))
      ringPaths.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['d'] });
  };
  probe.unwatch = () => {
    seen.disconnect();
    ringPaths.disconnect();
  };
})()`;

/** The inputs an interaction is timed from: a click or key press, or the pointer coming onto something. */
export type ProbedInput = 'click' | 'keydown' | 'pointerover';

/** Starts recording from now on, timing from the first input of the kinds given (a click or a key by default). */
export const probeStart = (inputs: readonly ProbedInput[] = ['click', 'keydown']) => `(() => {
  const p = window.__probe;
  p.frames = []; p.changes = []; p.input = null; p.inputs = ${JSON.stringify(inputs)}; p.recording = true;
  p.watch();
})()`;

/** One interaction as the page saw it, in ms of the page's clock. */
export interface InteractionTimes {
  /** The event timestamp of the click, key or pointer's coming onto something. */
  input: number;
  /**
   * The frame that showed the first of the changes it made to the map, and the one that showed the last: its
   * start and the end of its main-thread work (null: recording ended before that frame's work did).
   */
  first: ShownBy | null;
  last: ShownBy | null;
}

export type ShownBy = readonly [frameStart: number, workDone: number];

/** Stops recording and sums up one interaction (null when there was no input of its kind, or no change). */
export const PROBE_INTERACTION = `(() => {
  const p = window.__probe;
  p.recording = false;
  p.unwatch();
  if (p.input === null) return null;
  const changes = p.changes.filter(([t]) => t >= p.input);
  if (changes.length === 0) return null;
  // the frame that showed a change: the one whose callbacks made it, or the first whose callbacks ran after it
  const shownBy = ([t, inFrame]) =>
    inFrame !== null ? p.frames.find((f) => f.start === inFrame) : p.frames.find((f) => f.ran > t);
  const shown = changes.map(shownBy);
  if (shown.some((f) => f === undefined)) return { input: p.input, first: null, last: null };
  const starts = shown.map((f) => f.start);
  const at = (f) => (f.done === null ? null : [f.start, f.done]);
  return {
    input: p.input,
    first: at(shown[starts.indexOf(Math.min(...starts))]),
    last: at(shown[starts.indexOf(Math.max(...starts))]),
  };
})()`;
