// Embed mode in a real Chromium, from host pages on another origin than the app's: the map talks to the page
// that embeds it, by its referrer or the origins its URL allows, and to no other frame; launch areas patched
// in by the host page.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { mapFrame, useEmbedHost, waitForMessage } from '../support/embedHost';
import { screenshot } from '../support/openApp';

const APP_URL = inject('appUrl');
const APP_ORIGIN = new URL(APP_URL).origin;
const START = '?embed=1&sites=49.9935,36.2304,Kharkiv&systems=atacms';
const embedHost = useEmbedHost();

describe('origins', () => {
  const hostPage = (src: string, referrerPolicy = '') =>
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title><iframe title="map" style="width:600px;border:0" ${referrerPolicy} src="${src}"></iframe>`;

  async function postPatch(page: Page, patch: unknown) {
    await page.evaluate(
      ({ patch, origin }) => {
        (document.querySelector('iframe') as HTMLIFrameElement).contentWindow?.postMessage(
          { type: 'range-rings:patch', patch },
          origin,
        );
      },
      { patch, origin: APP_ORIGIN },
    );
  }

  it('shows the marks a host page patches in, labelled, and says which it ignored', async () => {
    embedHost.pages.set('/marks.html', hostPage(`${APP_URL}${START}`));
    const host = await embedHost.open(`${embedHost.origin()}/marks.html`);
    const frame = await mapFrame(host.page);
    await waitForMessage(host.page, 'range-rings:ready');
    await postPatch(host.page, {
      marks: [
        { label: 'Moscow', lonLat: [37.6176, 55.7558] },
        { label: 'Nowhere', lonLat: [0, 95] },
      ],
    });
    const change = await waitForMessage(host.page, 'range-rings:change', { marks: [{ label: 'Moscow' }] });
    expect((change.data as { scenario: { marks: unknown } }).scenario.marks).toEqual([
      { id: 'm1', label: 'Moscow', lonLat: [37.6176, 55.7558] },
    ]);
    expect((change.data as { problems: unknown }).problems).toEqual([
      { field: 'marks', message: 'mark "Nowhere" ignored — latitude 95 is not between -90 and 90' },
    ]);
    await expect.poll(() => frame.locator('.mark-label').allTextContents()).toEqual(['Moscow']);
    expect(host.watch.errors).toEqual([]);
    await host.context.close();
  });

  it('talks to a foreign host page that sends no referrer, by the origin the browser names', async () => {
    embedHost.pages.set('/foreign.html', hostPage(`${APP_URL}${START}`, 'referrerpolicy="no-referrer"'));
    const host = await embedHost.open(`${embedHost.origin()}/foreign.html`);
    const frame = await mapFrame(host.page);
    expect(await frame.evaluate(() => document.referrer)).toBe('');
    const ready = await waitForMessage(host.page, 'range-rings:ready');
    expect(ready.origin).toBe(APP_ORIGIN);
    const height = await waitForMessage(host.page, 'range-rings:height');
    expect((height.data as { height: number }).height).toBeGreaterThan(300);
    await postPatch(host.page, { units: 'nmi' });
    await waitForMessage(host.page, 'range-rings:change', { units: 'nmi' });
    await expect(frame.locator('.embed-legend')).toHaveText(
      'ATACMS about 162 nmi (published 89 nmi–162 nmi) dashed: published range band',
    );
    expect(host.warnings.filter((w) => w.startsWith('Range Rings:'))).toEqual([]);
    expect(host.watch.errors).toEqual([]);
    await host.context.close();
  });

  it('talks to a foreign host page the map URL allows with origin=, with the pym.js child id', async () => {
    const src = `${APP_URL}${START}&origin=${encodeURIComponent(embedHost.origin())}&childId=map-7`;
    embedHost.pages.set('/allowed.html', hostPage(src, 'referrerpolicy="no-referrer"'));
    const host = await embedHost.open(`${embedHost.origin()}/allowed.html`);
    const frame = await mapFrame(host.page);
    const ready = await waitForMessage(host.page, 'range-rings:ready');
    expect(ready.origin).toBe(APP_ORIGIN);
    await postPatch(host.page, { units: 'nmi' });
    await waitForMessage(host.page, 'range-rings:change', { units: 'nmi' });
    await expect(frame.locator('.embed-legend')).toHaveText(
      'ATACMS about 162 nmi (published 89 nmi–162 nmi) dashed: published range band',
    );
    const pym = await host.page.evaluate(() => window.received.find((m) => typeof m.data === 'string')?.data);
    expect(pym).toMatch(/^pymxPYMxmap-7xPYMxheightxPYMx\d+$/);
    expect(host.watch.errors).toEqual([]);
    await host.context.close();
  });

  it('accepts the embedding page by its referrer, and ignores a message from another frame of another origin', async () => {
    embedHost.pages.set('/embedder.html', hostPage(`${APP_URL}${START}`));
    const host = await embedHost.open(`${embedHost.origin()}/embedder.html`);
    const frame = await mapFrame(host.page);
    await waitForMessage(host.page, 'range-rings:ready');
    // a frame on the host page whose origin is opaque (a data: URL) writes to the map
    await host.page.evaluate(() => {
      const other = document.createElement('iframe');
      other.src = `data:text/html,<script>parent.frames[0].postMessage({type:'range-rings:patch',patch:{units:'mi'}},'*')</script>`;
      document.body.append(other);
    });
    await expect.poll(() => host.warnings.find((w) => w.includes('message from null ignored'))).toBeTruthy();
    await postPatch(host.page, { units: 'nmi' });
    await waitForMessage(host.page, 'range-rings:change', { units: 'nmi' });
    await expect
      .poll(() => frame.evaluate(() => new URLSearchParams(window.location.search).get('units')))
      .toBe('nmi');
    expect(host.watch.errors).toEqual([]);
    await host.context.close();
  });
});

describe('launch areas in the embed', () => {
  it('draws and names the reach from from=UA, and a patch from the host page sets other areas', async () => {
    embedHost.pages.set(
      '/areas.html',
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title><iframe title="map" style="width:700px;height:500px;border:0" src="${APP_URL}${START}&from=UA"></iframe>`,
    );
    const host = await embedHost.open(`${embedHost.origin()}/areas.html`);
    const frame = await mapFrame(host.page);
    await expect(frame.locator('.embed-areas')).toHaveText('Reach from anywhere in Ukraine');
    const labels = (text: string) => frame.locator('.leaflet-areaLabels-pane .ring-label', { hasText: text });
    await expect.poll(() => labels('ATACMS from Ukraine, 300 km').count(), { timeout: 20_000 }).toBe(3);

    await host.page.evaluate((origin) => {
      (document.querySelector('iframe') as HTMLIFrameElement).contentWindow?.postMessage(
        { type: 'range-rings:patch', patch: { from: ['MD', 'ZZ'] } },
        origin,
      );
    }, APP_ORIGIN);
    const change = await waitForMessage(host.page, 'range-rings:change', {
      areas: [{ kind: 'country', code: 'MD' }],
    });
    expect((change.data as { problems: unknown }).problems).toEqual([
      {
        field: 'areas',
        message:
          'unknown country code "ZZ" ignored — a country is named by its two-letter ISO code, like "UA"',
      },
    ]);
    await expect(frame.locator('.embed-areas')).toHaveText('Reach from anywhere in Moldova');
    await expect.poll(() => labels('ATACMS from Moldova, 300 km').count(), { timeout: 20_000 }).toBe(3);
    expect(await labels('from Ukraine').count()).toBe(0);
    await screenshot(host.page, 'embed-launch-area-moldova');
    expect(host.watch.errors).toEqual([]);
    await host.context.close();
  });
});
