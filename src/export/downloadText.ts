// Saves a text as a file from the browser: a Blob behind an object URL, clicked through a temporary link.
// The URL is revoked a little later, as some browsers start the download only after the click returns.

const REVOKE_AFTER_MS = 10_000;

/**
 * Starts the download of `text` as `fileName`.
 *
 * @example
 * downloadText('{"type":"FeatureCollection","features":[]}', 'rings.geojson', 'application/geo+json');
 */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
