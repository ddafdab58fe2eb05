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

/** Each untick and each tick of a system, timed (ms and frames late). */
export interface TickFigures {
  untick: InputTiming[];
  tick: InputTiming[];
}

/** Each unit change, added point, key of a rename and Enter of a rename, timed. */
export interface AppInteractionFigures {
  unit: InputTiming[];
  add: InputTiming[];
  /** Each key while typing a launch point's new name, until the field shows it. */
  renameKey: InputTiming[];
  /** Enter, until the new name is on the map. */
  renameEnter: InputTiming[];
}

/** The milliseconds of each timing. */
export const msOf = (timings: readonly InputTiming[]) => timings.map((t) => t.ms);
/** The frames late of each timing. */
export const lateOf = (timings: readonly InputTiming[]) => timings.map((t) => t.framesLate);

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
    const figures: TickFigures = { untick: [], tick: [] };
    // the pointer on the checkbox before it is pressed, as a person's is (a system's row highlights it)
    await box.hover();
    await page.waitForTimeout(200);
    for (let i = 0; i < REPEATS; i++) {
      figures.untick.push(await timeInputFrames(page, 'click', () => box.click()));
      await page.waitForTimeout(200);
      figures.tick.push(await timeInputFrames(page, 'click', () => box.click()));
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
    const figures: AppInteractionFigures = { unit: [], add: [], renameKey: [], renameEnter: [] };
    for (let i = 0; i < APP_REPEATS; i++) {
      const mi = page.locator('.units label', { hasText: 'mi' }).first();
      await mi.hover();
      await page.waitForTimeout(100);
      figures.unit.push(await timeInputFrames(page, 'click', () => mi.click(), RING_LABELS_READ('mi')));
      const km = page.locator('.units label', { hasText: 'km' }).first();
      await km.hover();
      await page.waitForTimeout(100);
      figures.unit.push(await timeInputFrames(page, 'click', () => km.click(), RING_LABELS_READ('km')));
    }

    const search = page.getByRole('combobox', { name: 'Find a place or type coordinates' });
    for (let i = 0; i < APP_REPEATS; i++) {
      const markers = await page.locator('.launch-marker').count();
      await search.click();
      await search.pressSequentially(`${(47 + i).toFixed(2)} ${(31 + i * 1.5).toFixed(2)}`);
      await page.getByRole('listbox', { name: 'Matching places' }).getByRole('option').first().waitFor();
      figures.add.push(
        await timeInputFrames(page, 'keydown', () => search.press('Enter'), MARKERS_AT_LEAST(markers + 1)),
      );
    }

    const field = page.locator('.site-list .site-name').first();
    for (let i = 0; i < APP_REPEATS; i++) {
      const name = `Front ${i + 1}`;
      await field.click();
      await page.keyboard.press('ControlOrMeta+a');
      for (let k = 1; k <= name.length; k++) {
        const key = name[k - 1] as string;
        figures.renameKey.push(
          await timeInputFrames(
            page,
            'keydown',
            () => page.keyboard.press(key === ' ' ? 'Space' : key),
            FIELD_READS(name.slice(0, k)),
          ),
        );
      }
      figures.renameEnter.push(
        await timeInputFrames(page, 'keydown', () => page.keyboard.press('Enter'), MAP_NAMES(name)),
      );
    }
    return figures;
  } finally {
    await page.context().close();
  }
}
