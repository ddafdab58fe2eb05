// Opens the app as a reader first sees it whole: the rings, the side panel's list of launch points and the
// country names placed on the map, for tests of what the map's names do next (mapFirst, countryNamesFollow).
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { type OpenedApp, openApp } from './openApp';

/** `names`: how many country names the map shows at least before the test goes on (0: the panel is enough). */
export async function openNamedMap(browser: Browser, query = '', names = 0): Promise<OpenedApp> {
  const opened = await openApp(browser, query);
  const { page } = opened;
  await page.locator('.site-list li').first().waitFor();
  if (names > 0)
    await expect
      .poll(() => page.locator('.range-map .basemap-label span').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(names);
  return opened;
}
