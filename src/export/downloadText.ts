// Saves a text as a file from the browser (see downloadBlob).
import { downloadBlob } from './downloadBlob';

/**
 * Starts the download of `text` as `fileName`.
 *
 * @example
 * downloadText('{"type":"FeatureCollection","features":[]}', 'rings.geojson', 'application/geo+json');
 */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  downloadBlob(new Blob([text], { type: mimeType }), fileName);
}
