// Writes a GeoJSON or KML export in a Web Worker (exportFileWorker), so that a heavy map's thousands of rings
// never hold the page: the worker answers with a Blob, so not even the 25 MB of text passes through the page.
// Where no worker can start, or it fails to load, the same writer runs on the page.
import { hasDetailedOutlines } from '../data';
import type { SystemEntry } from '../panels';
import type { Scenario } from '../scenario';
import { type ExportFileKind, exportFileTextHere } from './exportFileTextHere';

export interface ExportFileJob {
  kind: ExportFileKind;
  scenario: Scenario;
  systems: SystemEntry[];
  /** Whether the page has the 1:50m outlines, which reach areas are then computed from. */
  detailedOutlines: boolean;
}

export type ExportFileReply = { blob: Blob } | { error: string };

/** The media type of each export. */
export const EXPORT_FILE_TYPES: Record<ExportFileKind, string> = {
  geojson: 'application/geo+json',
  kml: 'application/vnd.google-earth.kml+xml',
};

/**
 * The export as a file's contents, written off the main thread. Rejects with the writer's own error.
 *
 * @example
 * downloadBlob(await exportFileBlob('geojson', scenario, shown), 'map.geojson');
 */
export function exportFileBlob(
  kind: ExportFileKind,
  scenario: Scenario,
  systems: readonly SystemEntry[],
): Promise<Blob> {
  const here = () =>
    exportFileTextHere(kind, scenario, systems).then(
      (text) => new Blob([text], { type: EXPORT_FILE_TYPES[kind] }),
    );
  const worker = startWorker();
  if (!worker) return here();
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ExportFileReply>) => {
      worker.terminate();
      const reply = event.data;
      if ('blob' in reply) resolve(reply.blob);
      else reject(new Error(reply.error));
    };
    worker.onerror = (event) => {
      // the worker's script did not load or run (offline without a cache, a blocked worker): write it here
      event.preventDefault();
      worker.terminate();
      here().then(resolve, reject);
    };
    const job: ExportFileJob = {
      kind,
      scenario,
      systems: [...systems],
      detailedOutlines: hasDetailedOutlines(),
    };
    worker.postMessage(job);
  });
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./exportFileWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}
