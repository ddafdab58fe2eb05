// A Web Worker that writes the GeoJSON and KML exports off the page's main thread: the heaviest map the limits
// allow (50 launch points × 53 systems) holds 2,650 exact rings, 25 MB of text, seconds of work that would
// freeze the page. It answers each job with the file as a Blob, or the error that stopped it (see exportFileBlob).
import { loadDetailedOutlines } from '../data';
import { EXPORT_FILE_TYPES, type ExportFileJob, type ExportFileReply } from './exportFileBlob';
import { exportFileTextHere } from './exportFileTextHere';

// The worker's global scope, as far as it is used; the project's type check has the DOM library, not WebWorker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExportFileJob>) => void) | null;
  postMessage(reply: ExportFileReply): void;
};

scope.onmessage = async function writeFile(event) {
  const job = event.data;
  // reach areas are computed from the outlines the page has loaded: the worker loads the same (cached by now)
  if (job.detailedOutlines) await loadDetailedOutlines().catch(() => undefined);
  try {
    const text = await exportFileTextHere(job.kind, job.scenario, job.systems);
    scope.postMessage({ blob: new Blob([text], { type: EXPORT_FILE_TYPES[job.kind] }) });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
