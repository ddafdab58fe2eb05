// A Web Worker that computes reach areas off the page's main thread (a country's outline at 1,600 km takes
// longer than a frame), one job at a time, answering each as it is done (see useAreaReaches, its only client).
import { loadDetailedOutlines } from '../data';
import { type AreaReachJob, type AreaReachResult, computeAreaReach } from '../scenario';

// The worker's global scope, as far as it is used; the project's type check has the DOM library, not WebWorker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AreaReachJob[]>) => void) | null;
  postMessage(reply: AreaReachResult): void;
};

scope.onmessage = async function computeJobs(event) {
  if (event.data.some((job) => job.scale === '50m')) {
    // the worker has its own copy of the outlines: it loads the 1:50m chunk itself (from the cache by now)
    await loadDetailedOutlines().catch(() => undefined);
  }
  for (const job of event.data) scope.postMessage(computeAreaReach(job));
};
