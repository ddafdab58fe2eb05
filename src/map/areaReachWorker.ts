// A Web Worker that computes reach areas off the page's main thread (a country's outline at 1,600 km takes
// longer than a frame), one job at a time, answering each as it is done (see useAreaReaches, its only client).
import { type AreaReachJob, type AreaReachResult, computeAreaReach } from '../scenario';

// The worker's global scope, as far as it is used; the project's type check has the DOM library, not WebWorker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AreaReachJob[]>) => void) | null;
  postMessage(reply: AreaReachResult): void;
};

scope.onmessage = function computeJobs(event) {
  for (const job of event.data) scope.postMessage(computeAreaReach(job));
};
