// Interactions timed as a person makes them, from the input event to the first frame that shows the result
// (benchProbe): on the app and on peer a, unticking and ticking a system again (the rings are drawn again);
// on the app only, changing the unit (the ring labels read miles), adding a launch point by typing its
// coordinates key by key and pressing Enter (its marker is on the map), and renaming one key by key (each key
// shows in the field; Enter puts the name on the map).
import type { Browser, Page } from 'playwright-core';
import { type InputTiming, installProbe, ringsPaintedAt, timeInputFrames } from './benchProbe';
import { VIEWPORT } from './loadFigures';

const REPEATS = 3;
/** The app-only interactions are fewer per round: typing key by key takes a while on a busy machine. */
const APP_REPEATS = 2;
/** Time for what a page loads after its first rings before the first interaction. */
const SETTLE_MS = 2500;

export interface TickFigures {
  untickMs: number[];
  tickMs: number[];
  /** Frames late (framesLate) of each untick and tick, in turn. */
  framesLate: number[];
}

export interface AppInteractionFigures {
  unitMs: number[];
  addPointMs: number[];
  /** ms per key while typing a launch point's new name. */
  renameKeyMs: number[];
  /** ms from Enter to the new name on the map. */
  renameEnterMs: number[];
  /** Frames late of each, by interaction. */
  framesLate: Record<'unit' | 'add' | 'renameKey' | 'renameEnter', number[]>;
}

async function opened(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  await installProbe(page);
  await page.goto(url);
  await ringsPaintedAt(page);
  await page.waitForTimeout(SETTLE_MS);
  return page;
}

/** Unticks and ticks again the system named `system` (its checkbox's name), three times. */
export async function tickFigures(browser: Browser, url: string, system: RegExp): Promise<TickFigures> {
  const page = await opened(browser, url);
  try {
    const box = page.getByRole('checkbox', { name: system }).first();
    const figures: TickFigures = { untickMs: [], tickMs: [], framesLate: [] };
    const timed = async (into: number[]) => {
      const { ms, framesLate } = await timeInputFrames(page, 'click', () => box.click());
      into.push(ms);
      figures.framesLate.push(framesLate);
    };
    for (let i = 0; i < REPEATS; i++) {
      await timed(figures.untickMs);
      await page.waitForTimeout(200);
      await timed(figures.tickMs);
      await page.waitForTimeout(200);
    }
    return figures;
  } finally {
    await page.context().close();
  }
}

const RING_LABELS_READ = (unit: string) =>
  `() => [...document.querySelectorAll('.ring-label')].some((label) => / ${unit}$/.test(label.textContent))`;
const MARKERS_AT_LEAST = (n: number) => `() => document.querySelectorAll('.launch-marker').length >= ${n}`;
const FIELD_READS = (text: string) =>
  `() => document.querySelector('.site-list .site-name')?.value === ${JSON.stringify(text)}`;
const MAP_NAMES = (text: string) =>
  `() => [...document.querySelectorAll('.leaflet-tooltip.site-label')].some((t) => t.textContent === ${JSON.stringify(text)})`;

export async function appInteractionFigures(browser: Browser, url: string): Promise<AppInteractionFigures> {
  const page = await opened(browser, url);
  try {
    const figures: AppInteractionFigures = {
      unitMs: [],
      addPointMs: [],
      renameKeyMs: [],
      renameEnterMs: [],
      framesLate: { unit: [], add: [], renameKey: [], renameEnter: [] },
    };
    const record = (ms: number[], late: number[]) => (timing: InputTiming) => {
      ms.push(timing.ms);
      late.push(timing.framesLate);
    };
    const unit = record(figures.unitMs, figures.framesLate.unit);
    for (let i = 0; i < APP_REPEATS; i++) {
      const mi = page.locator('.units label', { hasText: 'mi' }).first();
      unit(await timeInputFrames(page, 'click', () => mi.click(), RING_LABELS_READ('mi')));
      const km = page.locator('.units label', { hasText: 'km' }).first();
      unit(await timeInputFrames(page, 'click', () => km.click(), RING_LABELS_READ('km')));
    }

    const search = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
    for (let i = 0; i < APP_REPEATS; i++) {
      const markers = await page.locator('.launch-marker').count();
      await search.click();
      await search.pressSequentially(`${(47 + i).toFixed(2)} ${(31 + i * 1.5).toFixed(2)}`);
      await page.getByRole('listbox', { name: 'Matching places' }).getByRole('option').first().waitFor();
      record(
        figures.addPointMs,
        figures.framesLate.add,
      )(await timeInputFrames(page, 'keydown', () => search.press('Enter'), MARKERS_AT_LEAST(markers + 1)));
    }

    const field = page.locator('.site-list .site-name').first();
    for (let i = 0; i < APP_REPEATS; i++) {
      const name = `Front ${i + 1}`;
      await field.click();
      await page.keyboard.press('ControlOrMeta+a');
      for (let k = 1; k <= name.length; k++) {
        const key = name[k - 1] as string;
        record(
          figures.renameKeyMs,
          figures.framesLate.renameKey,
        )(
          await timeInputFrames(
            page,
            'keydown',
            () => page.keyboard.press(key === ' ' ? 'Space' : key),
            FIELD_READS(name.slice(0, k)),
          ),
        );
      }
      record(
        figures.renameEnterMs,
        figures.framesLate.renameEnter,
      )(await timeInputFrames(page, 'keydown', () => page.keyboard.press('Enter'), MAP_NAMES(name)));
    }
    return figures;
  } finally {
    await page.context().close();
  }
}
