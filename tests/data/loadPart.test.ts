// loadPart: a chunk that fails to load becomes a message for the reader, never a module URL.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPart, PartLoadError } from '../../src/data';

const URL_ERROR = new TypeError(
  'Failed to fetch dynamically imported module: http://127.0.0.1/range-rings/assets/exportPng-B_vkBgx_.js',
);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadPart', () => {
  it('returns what the import returns', async () => {
    await expect(loadPart('test: the PNG export', async () => ({ exportPng: 42 }))).resolves.toEqual({
      exportPng: 42,
    });
  });

  it('tries once more when online, and succeeds if the second load does', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    const load = vi.fn().mockRejectedValueOnce(URL_ERROR).mockResolvedValueOnce('loaded');
    await expect(loadPart('test: the side panel', load)).resolves.toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('says "while offline" when the browser is offline, without trying and without the URL', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const load = vi.fn().mockRejectedValue(URL_ERROR);
    const error = await loadPart('test: the PNG export, offline', load).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartLoadError);
    expect((error as PartLoadError).message).toBe(
      'This part of the app (test: the PNG export, offline) could not be loaded while offline. Connect to the internet and try again; your map is kept.',
    );
    expect((error as PartLoadError).message).not.toContain('assets/');
    expect((error as PartLoadError).offline).toBe(true);
    // no import at all: its failure would stay with the page, and the chunks it imports with it
    expect(load).not.toHaveBeenCalled();
  });

  it("loads offline where the page's own server still answers (the app on localhost, no network)", async () => {
    vi.stubGlobal('navigator', { onLine: false });
    vi.stubGlobal('location', { href: 'http://localhost:5173/' });
    const fetch = vi.fn().mockResolvedValue({ ok: true });
    vi.stubGlobal('fetch', fetch);
    const load = vi.fn().mockResolvedValue({ panel: 1 });
    await expect(loadPart('test: the side panel, on localhost', load)).resolves.toEqual({ panel: 1 });
    expect(fetch).toHaveBeenCalledWith('http://localhost:5173/', { method: 'HEAD', cache: 'no-store' });
    // the server gone too: no import is tried
    fetch.mockRejectedValue(new TypeError('Failed to fetch'));
    const unreachable = vi.fn();
    await expect(loadPart('test: the SVG export, on localhost', unreachable)).rejects.toBeInstanceOf(
      PartLoadError,
    );
    expect(unreachable).not.toHaveBeenCalled();
  });

  it('loads offline where a service worker serves the app, and keeps a part once loaded', async () => {
    vi.stubGlobal('navigator', { onLine: false, serviceWorker: { controller: {} } });
    const load = vi.fn().mockResolvedValue({ reader: 1 });
    await expect(loadPart('test: the reader of dropped files', load)).resolves.toEqual({ reader: 1 });
    vi.stubGlobal('navigator', { onLine: false });
    await expect(loadPart('test: the reader of dropped files', load)).resolves.toEqual({ reader: 1 });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says the server did not answer when online and both loads fail', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    // an error that names no chunk (Safari's words): nothing to ask for under another address
    const load = vi.fn().mockRejectedValue(new TypeError('Importing a module script failed.'));
    const error = await loadPart('test: the place names', load).catch((e: unknown) => e);
    expect((error as PartLoadError).message).toBe(
      'This part of the app (test: the place names) could not be loaded: the server did not answer. Try again; your map is kept.',
    );
    expect((error as PartLoadError).part).toBe('test: the place names');
    expect((error as PartLoadError).needsReload).toBe(false);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('asks for a reload when the chunk fails under a new address too, the server answering', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    const load = vi.fn().mockRejectedValue(URL_ERROR);
    const importAgain = vi
      .fn()
      .mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    const error = await loadPart('test: the PNG export, kept failed', load, importAgain).catch(
      (e: unknown) => e,
    );
    expect((error as PartLoadError).message).toBe(
      'This part of the app (test: the PNG export, kept failed) could not be loaded since the connection dropped. Reload the page to load it; your map is kept.',
    );
    expect((error as PartLoadError).needsReload).toBe(true);
    expect(importAgain).toHaveBeenCalledTimes(1);
  });

  it('asks for the chunk under a new address when the browser keeps answering with its old failure', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    const error = new TypeError(
      'Failed to fetch dynamically imported module: http://127.0.0.1/app/assets/trueShapeParts-Ab1.js',
    );
    const load = vi.fn().mockRejectedValue(error);
    const module = { TrueShapeView: 'view' };
    const importAgain = vi.fn().mockResolvedValue(module);
    await expect(loadPart('test: the globe and distance views', load, importAgain)).resolves.toBe(module);
    expect(importAgain).toHaveBeenCalledTimes(1);
    expect(importAgain.mock.calls[0]?.[0]).toMatch(
      /^http:\/\/127\.0\.0\.1\/app\/assets\/trueShapeParts-Ab1\.js\?retry=\d+$/,
    );
    // another part of the same chunk, under another name, gets the same module, not a second copy
    await expect(loadPart('test: the export of the globe', load, importAgain)).resolves.toBe(module);
    expect(importAgain).toHaveBeenCalledTimes(1);
  });

  it('tries no new address while the server does not answer (a connection just lost, not yet offline)', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    vi.stubGlobal('location', { href: 'http://127.0.0.1/app/' });
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const importAgain = vi.fn().mockResolvedValue({});
    await expect(
      loadPart('test: the side panel, connection lost', vi.fn().mockRejectedValue(URL_ERROR), importAgain),
    ).rejects.toBeInstanceOf(PartLoadError);
    // its imports, asked for now, would fail and stay failed
    expect(importAgain).not.toHaveBeenCalled();
  });

  it('tries no new address where the error names none, or offline', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    const importAgain = vi.fn().mockResolvedValue({});
    const unnamed = vi.fn().mockRejectedValue(new TypeError('Importing a module script failed.'));
    await expect(loadPart('test: the SVG export', unnamed, importAgain)).rejects.toBeInstanceOf(
      PartLoadError,
    );
    vi.stubGlobal('navigator', { onLine: false });
    await expect(
      loadPart('test: the SVG export', vi.fn().mockRejectedValue(URL_ERROR), importAgain),
    ).rejects.toBeInstanceOf(PartLoadError);
    expect(importAgain).not.toHaveBeenCalled();
  });
});
