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
    await expect(loadPart('the PNG export', async () => ({ exportPng: 42 }))).resolves.toEqual({
      exportPng: 42,
    });
  });

  it('tries once more when online, and succeeds if the second load does', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    const load = vi.fn().mockRejectedValueOnce(URL_ERROR).mockResolvedValueOnce('loaded');
    await expect(loadPart('the side panel', load)).resolves.toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('says "while offline" when the browser is offline, without a second try and without the URL', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const load = vi.fn().mockRejectedValue(URL_ERROR);
    const error = await loadPart('the PNG export', load).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartLoadError);
    expect((error as PartLoadError).message).toBe(
      'This part of the app (the PNG export) could not be loaded while offline. Connect to the internet and try again; your map is kept.',
    );
    expect((error as PartLoadError).message).not.toContain('assets/');
    expect((error as PartLoadError).offline).toBe(true);
    expect((error as PartLoadError).cause).toBe(URL_ERROR);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says the server did not answer when online and both loads fail', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    const load = vi.fn().mockRejectedValue(URL_ERROR);
    const error = await loadPart('the place names', load).catch((e: unknown) => e);
    expect((error as PartLoadError).message).toBe(
      'This part of the app (the place names) could not be loaded: the server did not answer. Try again; your map is kept.',
    );
    expect((error as PartLoadError).part).toBe('the place names');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
