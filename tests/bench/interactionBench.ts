// Interaction benchmark, on production builds in headless Chromium: dragging a launch point (pointer move to
// rings redrawn, frame times, main-thread time per move, timed as the peers benchmark times them:
// dragFigures.ts) and the other things a reader does (highlight a system by pointing at it in the list,
// untick and tick it, change the unit, add a launch point, rename one), for the default map, 10 launch
// points × 5 systems and 50 launch points. Each figure is set against the same figure of a baseline build
// (where this branch left main, or BENCH_BASE) measured in the same run, page by page in alternation, both read
// by the same in-page probes (benchProbe.ts, interactionProbe.ts).
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../support/launchChromium';
import { type ServedPages, servePages } from '../support/servePages';
import { baselineCommit, buildBaseline } from './baselineBuild';
import { benchOutDir } from './benchOutDir';
import { installProbe } from './benchProbe';
import { dragOnPage, ONE_FRAME_TARGET_MS } from './dragFigures';
import { framesLate, ONE_FRAME_READ_MS } from './framesLate';
import {
  type InteractionTimes,
  PROBE_INIT,
  PROBE_INTERACTION,
  type ProbedInput,
  probeStart,
  type ShownBy,
} from './interactionProbe';
import { median, quantile } from './quantile';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = benchOutDir('range-rings-interaction-bench-dist');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Time after an interaction within which what it changes is counted. */
const SETTLE_MS = 700;

const HEAVY_SYSTEMS =
  'systems=tomahawk,eram,atacms,custom-storm-shadow,custom-taurus&custom=Storm%20Shadow:250km;Taurus:500km';
const sitesQuery = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const row = Math.floor(i / 10);
    return `${(44 + row * 2 + (i % 2) * 0.7).toFixed(2)},${(22 + (i % 10) * 2.4).toFixed(2)},P${i + 1}`;
  }).join(';');

interface Scenario {
  name: string;
  query: string;
  /**
   * What its interactions are held to: the first frame after the click or key (the default map), a time
   * (10 × 5: 50 ms), or nothing (50 points: measured, no target).
   */
  target: 'one frame' | number | null;
  /**
   * What its drag is held to, as in the peers bench: a move's rings within one frame (p95 ≤ 17 ms: the default
   * map and 10 × 5), or 60 fps (frame interval p95 ≤ 16.7 ms: 50 points).
   */
  dragTarget: 'rings' | 'frames';
  /** At the limit of launch points: one more is refused, so adding one is not timed. */
  full?: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: 'default (1 × 3)', query: '', target: 'one frame', dragTarget: 'rings' },
  {
    name: '10 points × 5 systems',
    query: `?sites=${sitesQuery(10)}&${HEAVY_SYSTEMS}&view=48,33,5`,
    target: 50,
    dragTarget: 'rings',
  },
  {
    name: '50 points × 3 systems',
    query: `?sites=${sitesQuery(50)}&systems=tomahawk,eram,atacms&view=49,33,5`,
    target: null,
    dragTarget: 'frames',
    full: true,
  },
];

const INTERACTIONS = [
  'highlight',
  'untick',
  'tick',
  'highlight off',
  'unit',
  'add',
  'add (marker)',
  'rename',
] as const;
type Interaction = (typeof INTERACTIONS)[number];

/** An interaction's ms from its event to the end of the work on the frame that showed it, and frames late. */
interface Shown {
  ms: number;
  late: number;
}

interface PageFigures {
  /** The drag's first move, after the press: ms to its rings. */
  firstMove: number;
  movePaintP95: number;
  frameP95: number;
  mainMsPerMove: number;
  interactions: Record<Interaction, Shown>;
}

const NOT_SHOWN: Shown = { ms: Number.NaN, late: Number.NaN };

function shownAt(times: InteractionTimes | null, frame: ShownBy | null | undefined): Shown {
  if (!times || !frame) return NOT_SHOWN;
  const [start, done] = frame;
  return { ms: done - times.input, late: framesLate([[times.input, start, done]])[0] as number };
}

/** The centre of a launch marker that no other covers. */
async function freeMarkerCentre(page: Page): Promise<{ x: number; y: number }> {
  const at = await page.evaluate(`(() => {
    for (const el of document.querySelectorAll('.launch-marker')) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 200 || y < 200 || x > innerWidth - 500 || y > innerHeight - 200) continue;
      if (document.elementFromPoint(x, y) === el) return { x, y };
    }
    return null;
  })()`);
  if (!at) throw new Error('no launch marker free to drag');
  return at as { x: number; y: number };
}

/** The drag as the peers benchmark times it (dragFigures), on a marker no other covers. */
async function drag(browser: Browser, page: Page) {
  const figures = await dragOnPage(browser, page, await freeMarkerCentre(page));
  await page.waitForTimeout(SETTLE_MS);
  return {
    firstMove: figures.firstMoveMs,
    movePaintP95: quantile(figures.latencies, 0.95),
    frameP95: quantile(figures.frames, 0.95),
    mainMsPerMove: figures.mainMsPerMove,
  };
}

/**
 * The click, key press or hover of `act` to the frames that showed the first and the last change it made,
 * timed from the first input of the kinds given.
 */
async function timeChanges(
  page: Page,
  prepare: () => Promise<void>,
  act: () => Promise<void>,
  inputs?: readonly ProbedInput[],
) {
  await prepare();
  await page.waitForTimeout(100);
  await page.evaluate(probeStart(inputs));
  await act();
  await page.waitForTimeout(SETTLE_MS);
  const times = (await page.evaluate(PROBE_INTERACTION)) as InteractionTimes | null;
  return { first: shownAt(times, times?.first), last: shownAt(times, times?.last) };
}

/** The click, key press or hover of `act` to the frame that showed the last change it made. */
async function timeInteraction(
  page: Page,
  prepare: () => Promise<void>,
  act: () => Promise<void>,
  inputs?: readonly ProbedInput[],
) {
  return (await timeChanges(page, prepare, act, inputs)).last;
}

/** Moves the pointer onto the middle of `target`, as a person's pointer comes onto it. */
async function pointAt(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to point at');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

async function interactions(page: Page, full: boolean): Promise<Record<Interaction, Shown>> {
  const none = async () => undefined;
  const eram = page.getByRole('checkbox', { name: /ERAM/ }).first();
  const mi = page.locator('.units label', { hasText: 'mi' }).first();
  const search = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
  const name = page.locator('.site-list .site-name').first();
  // A person's pointer is on a control before it presses it: coming onto a system's row (from the map, where
  // the drag left it) highlights the system's rings, leaving it for another control takes the highlight off,
  // each timed on its own; the clicks are then timed from the press, the pointer already there. The pointer is
  // moved as a person's (mouse.move), not by Playwright's hover, which adds a listener of its own (a hit-target
  // check with a forced layout) to the frame being timed; a click (Playwright's) has that check in both builds.
  const hover = ['pointerover'] as const;
  // the list scrolled to the system first (a longer list of launch points can push it below the fold)
  const inView = () => eram.scrollIntoViewIfNeeded();
  const highlight = await timeInteraction(page, inView, () => pointAt(page, eram), hover);
  const untick = await timeInteraction(page, none, () => eram.click());
  const tick = await timeInteraction(page, none, () => eram.click());
  const highlightOff = await timeInteraction(page, none, () => pointAt(page, mi), hover);
  const unit = await timeInteraction(page, none, () => mi.click());
  const add = full
    ? { first: NOT_SHOWN, last: NOT_SHOWN }
    : await timeChanges(
        page,
        async () => {
          await search.click();
          await search.pressSequentially('48.5, 35.2');
        },
        () => page.keyboard.press('Enter'),
      );
  return {
    highlight,
    untick,
    tick,
    'highlight off': highlightOff,
    unit,
    add: add.last,
    'add (marker)': add.first,
    rename: await timeInteraction(
      page,
      async () => {
        await name.click();
        await page.keyboard.press('End');
        await page.keyboard.type(' x');
      },
      () => page.keyboard.press('Enter'),
    ),
  };
}

async function measurePage(browser: Browser, url: string, full = false): Promise<PageFigures> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await installProbe(page);
  await page.addInitScript(PROBE_INIT);
  await page.goto(url);
  await page.waitForSelector('.leaflet-rings-pane canvas');
  await page.waitForSelector('.ring-label');
  await page.locator('.site-list').waitFor();
  await page.waitForTimeout(2500); // lazy chunks (places, 1:50m outlines) and their drawing settle
  const dragged = await drag(browser, page);
  const figures = { ...dragged, interactions: await interactions(page, full) };
  await context.close();
  return figures;
}

/** A build served on a server of its own under /app/ (its own origin: its own cache and service worker). */
async function serve(dir: string): Promise<ServedPages & { url: string }> {
  const served = await servePages({ '/app/': dir }, { isolated: true });
  return { ...served, url: `${served.origin}/app/` };
}

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

export async function interactionBench(print: (line: string) => void): Promise<void> {
  const commit = baselineCommit(ROOT);
  const baseDir = await buildBaseline(ROOT, commit, 'range-rings-interaction-bench-base');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: false } });
  const base = await serve(baseDir);
  const app = await serve(OUT);
  const browser = await launchChromium();
  const load = loadavg()[0] ?? Number.NaN;
  try {
    const runs = SCENARIOS.map(() => ({ base: [] as PageFigures[], app: [] as PageFigures[] }));
    await measurePage(browser, `${app.url}`); // warm the browser and the servers
    for (let round = 0; round < ROUNDS; round++) {
      for (const [s, scenario] of SCENARIOS.entries()) {
        // alternate which build goes first, so neither always meets a warmer or a busier machine
        const order = round % 2 === 0 ? (['base', 'app'] as const) : (['app', 'base'] as const);
        for (const which of order) {
          const url = `${which === 'base' ? base.url : app.url}${scenario.query}`;
          runs[s]?.[which].push(await measurePage(browser, url, scenario.full));
        }
      }
    }
    print(
      `Interactions (production builds, headless Chromium 1280×800; medians of ${ROUNDS} interleaved rounds; baseline: ${commit.slice(0, 10)}; load average ${load.toFixed(1)} → ${(loadavg()[0] ?? Number.NaN).toFixed(1)}):`,
    );
    print(
      "  drag (as the peers bench times it): from a pointer move's own timestamp to the end of the main thread's work on the frame after the next rings-drawn mark; an interaction: from its click's or key's own timestamp (a highlight: the pointer's coming onto the system's row, or onto the unit control for 'highlight off'; the clicks are made with the pointer already on the control) to the end of the main thread's work on the frame that showed the last change it made to the map, and the frames late (framesLate, as the peers bench counts them; 0: the first frame after it) (add (marker): after the first change, the new marker and its rings; n/a: not timed, e.g. adding a point past the 50-point limit). Pages served cross-origin isolated: clocks read to 5 µs",
    );
    for (const [s, scenario] of SCENARIOS.entries()) {
      const r = runs[s];
      if (!r) continue;
      print(`  ${scenario.name}`);
      /** `late`: the frames late of each round (an interaction's); `target`: in ms, or 'one frame' (0 late). */
      const row = (
        label: string,
        get: (f: PageFigures) => number,
        target: number | 'one frame' | null,
        late?: (f: PageFigures) => number,
      ) => {
        const b = median(r.base.map(get));
        const a = median(r.app.map(get));
        // the ratio is taken within each round, so both sides ran under the same load
        const ratio = median(r.app.map((f, i) => get(f) / get(r.base[i] as PageFigures)));
        const lateOf = (fs: PageFigures[]) => (late ? median(fs.map(late)) : Number.NaN);
        const lateNow = lateOf(r.app);
        const lateText = (n: number) => (late ? ` (${Number.isFinite(n) ? n : 'n/a'} late)` : '');
        const goal =
          target === null || !Number.isFinite(a)
            ? ''
            : target === 'one frame'
              ? `; target: the first frame (0 late): ${lateNow === 0 ? 'met' : 'NOT met'}`
              : `; target ≤ ${target.toFixed(1)} ms: ${a <= target ? 'met' : 'NOT met'}`;
        print(
          `    ${label.padEnd(40)} baseline ${ms(b).padStart(9)}${lateText(lateOf(r.base))} · now ${ms(a).padStart(9)}${lateText(lateNow)}  (${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}× baseline${goal})`,
        );
      };
      row(
        "a drag's first move → rings painted",
        (f) => f.firstMove,
        scenario.dragTarget === 'rings' ? ONE_FRAME_TARGET_MS : null,
      );
      row(
        'pointer move → rings painted, p95',
        (f) => f.movePaintP95,
        scenario.dragTarget === 'rings' ? ONE_FRAME_TARGET_MS : null,
      );
      row(
        'frame interval while dragging, p95',
        (f) => f.frameP95,
        scenario.dragTarget === 'frames' ? ONE_FRAME_READ_MS : null,
      );
      row('main-thread time per pointer move', (f) => f.mainMsPerMove, null);
      for (const name of INTERACTIONS)
        row(
          `${name} → painted`,
          (f) => f.interactions[name].ms,
          scenario.target,
          (f) => f.interactions[name].late,
        );
    }
  } finally {
    await browser.close();
    await Promise.all([base, app].map((served) => served.close()));
  }
}
