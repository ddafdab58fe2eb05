// PNG export benchmark, driven through the UI as a reader would: open the dialog, choose the social card at 2×,
// Download, and time from the click to the browser's download event. Needs the app with <PngExportButton> wired.
import type { Page } from 'playwright-core';
import { EXPORT_IMAGE } from './exportImageName';

const RUNS = 5;

/**
 * Median milliseconds, over 5 exports after one warm-up, from clicking "Download PNG" (Social card 1200×675 at
 * 2×, a 2400×1350 PNG) to the download starting. `page` shows the app with its rings painted.
 *
 * @example
 * const ms = await pngBenchMs(page); // e.g. 700
 */
export async function pngBenchMs(page: Page): Promise<number> {
  await page.getByRole('button', { name: EXPORT_IMAGE }).click();
  const dialog = page.getByRole('dialog', { name: EXPORT_IMAGE });
  await dialog.getByLabel('Size').selectOption('social');
  await dialog.getByRole('radio', { name: '2×' }).check();
  const download = dialog.getByRole('button', { name: 'Download PNG' });
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const ms = performance.now() - t0;
    await file.delete();
    // the dialog is ready again once the rendering state is gone
    await page.waitForFunction(
      () => document.querySelector('.png-export-dialog form')?.getAttribute('aria-busy') === 'false',
    );
    if (i > 0) times.push(ms); // the first export also loads and compiles the capture code
  }
  await page.keyboard.press('Escape');
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** Runs in the page: picks a size in the open export dialog and times until its preview is framed again. */
const PREVIEW_UPDATE = `async (value) => {
  const select = document.querySelector('.png-export-dialog select');
  const busy = () => document.querySelector('.png-preview')?.getAttribute('aria-busy') === 'true';
  const frame = () => new Promise((done) => requestAnimationFrame(done));
  const t0 = performance.now();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  for (let i = 0; i < 3 && !busy(); i++) await frame();
  while (busy()) await frame();
  return performance.now() - t0;
}`;

/**
 * Median milliseconds, over 6 changes after a warm-up, from choosing another size in the export dialog to its
 * preview showing the new frame, fitted (the social card and the square in turn); and the page's frame interval
 * measured alongside, as the baseline. `page` shows the app with its rings painted.
 *
 * @example
 * const { previewMs, frameMs } = await previewBenchMs(page); // e.g. 120 and 16.7
 */
export async function previewBenchMs(page: Page): Promise<{ previewMs: number; frameMs: number }> {
  await page.getByRole('button', { name: EXPORT_IMAGE }).click();
  await page.waitForFunction(
    () => document.querySelector('.png-preview')?.getAttribute('aria-busy') === 'false',
  );
  const times: number[] = [];
  for (let i = 0; i <= 6; i++) {
    const ms = (await page.evaluate(`(${PREVIEW_UPDATE})('${i % 2 ? 'square' : 'social'}')`)) as number;
    if (i > 0) times.push(ms);
  }
  const frameMs = (await page.evaluate(`new Promise((done) => {
    const stamps = [];
    const tick = (t) => { stamps.push(t); if (stamps.length < 31) requestAnimationFrame(tick); else done((stamps[30] - stamps[0]) / 30); };
    requestAnimationFrame(tick);
  })`)) as number;
  await page.keyboard.press('Escape');
  times.sort((a, b) => a - b);
  return { previewMs: times[Math.floor(times.length / 2)] as number, frameMs };
}
