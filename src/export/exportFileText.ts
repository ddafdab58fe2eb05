// Writes a GeoJSON or KML export in a Web Worker (exportFileWorker), so that a heavy map's thousands of rings
// never hold the page; where no worker can start, or it fails to load, the same writer runs on the page.
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

export type ExportFileReply = { text: string } | { error: string };

/**
 * The text of the export, written off the main thread. Rejects with the writer's own error.
 *
 * @example
 * downloadText(await exportFileText('geojson', scenario, shown), 'map.geojson', 'application/geo+json');
 */
export function exportFileText(
  kind: ExportFileKind,
  scenario: Scenario,
  systems: readonly SystemEntry[],
): Promise<string> {
  const worker = startWorker();
  if (!worker) return exportFileTextHere(kind, scenario, systems);
  return new Promise<string>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ExportFileReply>) => {
      worker.terminate();
      const reply = event.data;
      if ('text' in reply) resolve(reply.text);
      else reject(new Error(reply.error));
    };
    worker.onerror = (event) => {
      // the worker's script did not load or run (offline without a cache, a blocked worker): write it here
      event.preventDefault();
      worker.terminate();
      exportFileTextHere(kind, scenario, systems).then(resolve, reject);
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
