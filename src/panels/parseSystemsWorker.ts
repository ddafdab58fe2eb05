// A Web Worker that parses a systems file off the page's main thread: it reads the File, reports progress a
// few hundred rows at a time, and answers with a summary (see parseSystemsOffThread, its only client).
import { parseSystemsInSteps } from '../data';
import type { WorkerReply, WorkerRequest } from './parseSystemsOffThread';
import { type ParseSummary, summariseParse } from './summariseParse';

// The worker's global scope, as far as it is used; the project's type check has the DOM library, not WebWorker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
};

scope.onmessage = async function parseFile(event) {
  const { file, keepSystems, keepProblems } = event.data;
  let text: string;
  try {
    text = await file.text();
  } catch {
    // the file went away, or could not be read here: the page tries again on its own thread
    scope.postMessage({ kind: 'failed' });
    return;
  }
  const steps = parseSystemsInSteps(text, { fileName: file.name });
  for (;;) {
    const step = steps.next();
    if (step.done) {
      const summary: ParseSummary = summariseParse(step.value, keepSystems, keepProblems);
      scope.postMessage({ kind: 'done', summary });
      return;
    }
    scope.postMessage({ kind: 'progress', progress: step.value });
  }
};
