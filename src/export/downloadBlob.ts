// Saves a Blob as a file from the browser: an object URL clicked through a temporary link. The URL is revoked
// a minute later: revoking it at once can cancel a download the browser has not started yet.

const REVOKE_AFTER_MS = 60_000;

/**
 * Starts the download of `blob` as `fileName`.
 *
 * @example
 * downloadBlob(pngBlob, 'how-far-they-reach.png');
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
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
