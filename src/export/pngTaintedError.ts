// The error an export rejects with when part of the map cannot be read back from the page: the online basemap's
// tiles taint the canvas (no CORS) or failed to load. The app answers by switching to the offline basemap.

/**
 * Rejected by exportPng when the map cannot be captured because of its online basemap.
 *
 * @example
 * try { await exportPng(options); } catch (e) { if (e instanceof PngTaintedError) await useOfflineMap(); }
 */
export class PngTaintedError extends Error {
  override readonly name = 'PngTaintedError';

  constructor(unreadableImages = 0) {
    super(
      unreadableImages > 0
        ? `The map cannot be exported: ${unreadableImages} image${unreadableImages === 1 ? '' : 's'} of the online basemap could not be read (tiles that do not allow cross-origin use, or that failed to load). The offline basemap exports.`
        : 'The map cannot be exported: the online basemap has tainted the canvas (a SecurityError: its tiles do not allow cross-origin use). The offline basemap exports.',
    );
  }
}

/**
 * Whether an error is a PngTaintedError, also across bundles (by name).
 *
 * @example
 * isPngTaintedError(new PngTaintedError()); // true
 */
export function isPngTaintedError(error: unknown): boolean {
  return error instanceof Error && error.name === 'PngTaintedError';
}
