// PNG export benchmark, driven through the UI as a reader would: open the dialog, choose the social card at 2×,
// Download, and time from the click to the browser's download event. Needs the app with <PngExportButton> wired.
import type { Page } from 'playwright-core';

const RUNS = 5;

/**
 * Median milliseconds, over 5 exports after one warm-up, from clicking "Download PNG" (Social card 1200×675 at
 * 2×, a 2400×1350 PNG) to the download starting. `page` shows the app with its rings painted.
 *
 * @example
 * const ms = await pngBenchMs(page); // e.g. 700
 */
export async function pngBenchMs(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Export PNG', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PNG' });
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
