// Peers benchmark (`npm run bench -- peers`): the app against "peer a" (plain Leaflet drawing turf.circle rings on
// the same basemap, for the same link: tests/bench/peer) and a near-empty page (the floor), all production
// builds served side by side and opened in turn, round after round, in headless Chromium. Every figure is the
// median of its rounds, and each ratio the median of the ratios taken within a round (same load on both sides).
// PEER_BASE (a git revision, e.g. main) adds that commit's build to the load, drag and interaction rounds, for
// before/after in one run.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../support/launchChromium';
import { servePages } from '../support/servePages';
import { baselineCommit, buildBaseline } from './baselineBuild';
import { benchOutDir } from './benchOutDir';
import { printTable, ratioText, type TableRow } from './benchTable';
import { buildPeerPages } from './buildPeerPages';
import { AFTER_PAINT_MS, type LoadFigures, loadFigures } from './loadFigures';
import { heavyRows, interactionRows } from './peerActionRows';
import { peerDragRows as dragRows } from './peerDragRows';
import { type Attempt, type BaseBuild, type LoadSide, row, type Side, sidesOf, sideUrls } from './peerRow';
import { medianRatio } from './quantile';

const ROOT = resolve(import.meta.dirname, '../..');
const APP_OUT = benchOutDir('range-rings-bench-peers-app');
const PEER_OUT = benchOutDir('range-rings-bench-peers-pages');
/** Rounds of the drag and the interactions (BENCH_ROUNDS: more on a busy machine). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/**
 * Rounds of the load: 11, or BENCH_ROUNDS when it is set. One load's ratio to peer a varies from 0.6× to 1.6× on
 * this machine from round to round, so the median takes more of them than the drag's and the interactions'.
 */
const LOAD_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
/** The app has mounted around the first map: its panel has its first field. */
const APP_READY = '.side-panel input';
/** No single measurement may take longer than this; one that does is reported and the bench goes on. */
const MEASURE_TIMEOUT_MS = 120_000;

export async function peerBench(print: (line: string) => void): Promise<void> {
  const started = performance.now();
  const loadBefore = loadavg();
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: APP_OUT, emptyOutDir: true, sourcemap: false },
  });
  await buildPeerPages(PEER_OUT);
  const base = process.env.PEER_BASE ? baselineCommit(ROOT, process.env.PEER_BASE) : undefined;
  const baseOut = base ? await buildBaseline(ROOT, base, 'range-rings-bench-peers-base') : undefined;
  const served = await servePages(
    {
      '/app/': APP_OUT,
      '/peer/': PEER_OUT,
      ...(baseOut ? { '/base/': baseOut } : {}),
    },
    // every page's clock reads to 5 µs, not 0.1 ms: a frame interval of 16.67 ms reads as such
    { isolated: true },
  );
  const pages: Record<Side, string> = {
    app: `${served.origin}/app/`,
    peer: `${served.origin}/peer/peerA.html`,
    floor: `${served.origin}/peer/floor.html`,
  };
  const baseBuild: BaseBuild | undefined = base ? { commit: base, url: `${served.origin}/base/` } : undefined;
  const notes: string[] = [];
  /** The measurement's result, or undefined (and a note saying why) when it fails or takes too long. */
  async function attempt<T>(
    what: string,
    measure: () => Promise<T>,
    timeoutMs = MEASURE_TIMEOUT_MS,
  ): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        measure(),
        new Promise<never>((_, fail) => {
          timer = setTimeout(() => fail(new Error(`gave up after ${timeoutMs / 1000} s`)), timeoutMs);
        }),
      ]);
    } catch (error) {
      notes.push(`${what} not measured: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  const browser = await launchChromium();
  const rows: (TableRow | string)[] = [];
  try {
    // PEER_SECTIONS=load (or drag, interactions, heavy; comma-separated) measures only those sections
    const chosen = process.env.PEER_SECTIONS?.split(',');
    const sections = {
      load: () => loadRows(browser, pages, attempt, baseBuild),
      drag: () =>
        dragRows(
          browser,
          { ...pages, floor: `${served.origin}/peer/floorDrag.html` },
          attempt,
          ROUNDS,
          baseBuild,
        ),
      interactions: () =>
        interactionRows(
          browser,
          { ...pages, floor: `${served.origin}/peer/floorInputs.html` },
          attempt,
          ROUNDS,
          baseBuild,
        ),
      heavy: () => heavyRows(browser, pages.app, attempt, notes),
    };
    for (const [name, section] of Object.entries(sections)) {
      if (chosen && !chosen.includes(name)) continue;
      const t0 = performance.now();
      const [heading = '', ...figures] = await section();
      rows.push(`${heading} [${((performance.now() - t0) / 1000).toFixed(0)} s]`, ...figures);
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const loadAfter = loadavg();
  print(
    `Peers: Range Rings against peer a (Leaflet + turf.circle, 64 steps, same basemap and link) and the floor (a near-empty page); production builds, headless Chromium 1280×800, rounds interleaved; load average ${loadBefore[0]?.toFixed(1)} at the start, ${loadAfter[0]?.toFixed(1)} at the end (2 cores); ${((performance.now() - started) / 1000).toFixed(0)} s:`,
  );
  printTable(print, rows);
  for (const note of notes) print(`  note — ${note}`);
}

async function loadRows(
  browser: Browser,
  appPages: Record<Side, string>,
  attempt: Attempt,
  base?: BaseBuild,
) {
  const pages = sideUrls(appPages, base);
  const sides = sidesOf(base);
  const figures: Record<LoadSide, (LoadFigures | undefined)[]> = { app: [], peer: [], floor: [], base: [] };
  // the app's panel (and the baseline's) is ready once the app has mounted: peer a's controls come with its map
  const load = (side: LoadSide) =>
    loadFigures(browser, pages[side] as string, side === 'app' || side === 'base' ? APP_READY : undefined);
  for (const side of sides) await attempt(`warm-up load of ${side}`, () => load(side));
  // the pages take turns going first, so that no build always loads right after the same page
  for (let round = 0; round < LOAD_ROUNDS; round++)
    for (const side of round % 2 === 0 ? sides : [...sides].reverse())
      figures[side].push(await attempt(`load of ${side}, round ${round + 1}`, () => load(side)));
  const values = (side: LoadSide, key: keyof LoadFigures) => figures[side].map((f) => f?.[key] ?? Number.NaN);
  const of = (key: keyof LoadFigures) =>
    Object.fromEntries((['app', 'peer', 'floor'] as const).map((side) => [side, values(side, key)]));
  const after = `${AFTER_PAINT_MS / 1000} s`;
  // the baseline build in the app's column, so its ratios to peer a and the floor come from the same rounds
  const ofBase = (key: keyof LoadFigures) => ({ ...of(key), app: values('base', key) });
  const perRound = (a: readonly number[], b: readonly number[]) =>
    a.map((x, i) => (x / (b[i] ?? Number.NaN)).toFixed(2)).join(' ');
  const baseRows = base
    ? [
        `  rings painted per round, this build / baseline: ${perRound(values('app', 'paintedMs'), values('base', 'paintedMs'))}; this build / peer a: ${perRound(values('app', 'paintedMs'), values('peer', 'paintedMs'))}; baseline / peer a: ${perRound(values('base', 'paintedMs'), values('peer', 'paintedMs'))}`,
        `Baseline build ${base.commit.slice(0, 8)} in the same rounds; this build / baseline: rings painted ${ratioText(medianRatio(values('app', 'paintedMs'), values('base', 'paintedMs')))}, panel ready ${ratioText(medianRatio(values('app', 'readyMs'), values('base', 'readyMs')))}, main-thread time before them ${ratioText(medianRatio(values('app', 'mainBeforeMs'), values('base', 'mainBeforeMs')))}:`,
        row('baseline: navigation → rings painted', 'ms', ofBase('paintedMs'), '—'),
        row('baseline: main-thread time before the rings', 'ms', ofBase('mainBeforeMs'), '—'),
        row('baseline: navigation → panel ready (app mounted)', 'ms', ofBase('readyMs'), '—'),
        row(`baseline: blocking time in the ${after} after`, 'ms', ofBase('blockingMs'), '—'),
        row(`baseline: JS heap after GC, ${after} after`, 'MB', ofBase('heapMb'), '—'),
        row('baseline: bytes loaded by then (gzip)', 'KB', ofBase('gzKb'), '—'),
      ]
    : [];
  return [
    `Load, default map (median of ${LOAD_ROUNDS} rounds):`,
    row('navigation → rings painted', 'ms', of('paintedMs'), '≤ 1.0× peer a', (_, r) => r <= 1),
    row('main-thread time before the rings', 'ms', of('mainBeforeMs'), '—'),
    row('navigation → panel ready (app mounted)', 'ms', of('readyMs'), '—'),
    row(`blocking time in the ${after} after`, 'ms', of('blockingMs'), '≤ 10 ms', (a) => a <= 10),
    row(`JS heap after GC, ${after} after`, 'MB', of('heapMb'), '≤ 2× peer a', (_, r) => r <= 2),
    row(`bytes loaded by then (gzip)`, 'KB', of('gzKb'), '—'),
    ...baseRows,
  ];
}
