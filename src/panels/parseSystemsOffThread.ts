// Parses a systems file without freezing the page: in a Web Worker, or, where none can start, on the main
// thread in slices with a pause for the browser between them; a small file is parsed at once.
import { type ParseProgress, parseSystems, parseSystemsInSteps } from '../data';
import { type ParseSummary, summariseParse } from './summariseParse';

/** Files up to this size parse in a few milliseconds: no worker is started for them. */
export const DIRECT_PARSE_MAX_BYTES = 64 * 1024;
/** Main-thread work between two pauses when no worker can start: well under a 60 Hz frame. */
const SLICE_MS = 8;

export interface OffThreadOptions {
  /** How many systems and problems to send back; the rest are only counted. */
  keepSystems: number;
  keepProblems: number;
  onProgress?: (progress: ParseProgress) => void;
  /** Aborting stops the parse (the worker is ended) and rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface WorkerRequest {
  file: File;
  keepSystems: number;
  keepProblems: number;
}

export type WorkerReply =
  | { kind: 'progress'; progress: ParseProgress }
  | { kind: 'done'; summary: ParseSummary }
  | { kind: 'failed' };

/**
 * Parses `file` and summarises the result (see `summariseParse`), reporting progress on the way.
 *
 * @example
 * const summary = await parseSystemsOffThread(file, { keepSystems: 50, keepProblems: 50, onProgress: show });
 */
export async function parseSystemsOffThread(file: File, options: OffThreadOptions): Promise<ParseSummary> {
  const { keepSystems, keepProblems, onProgress, signal } = options;
  signal?.throwIfAborted();
  if (file.size <= DIRECT_PARSE_MAX_BYTES) {
    const text = await file.text();
    signal?.throwIfAborted();
    return summariseParse(parseSystems(text, { fileName: file.name, onProgress }), keepSystems, keepProblems);
  }
  const worker = startWorker();
  if (worker) {
    const summary = await parseInWorker(worker, { file, keepSystems, keepProblems }, onProgress, signal);
    if (summary) return summary;
  }
  return parseInSlices(file, options);
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./parseSystemsWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined; // no Worker here, or refused: the caller parses in slices instead
  }
}

// The worker's summary; undefined if the worker failed (it could not load, or it crashed), so the caller
// falls back to the main thread.
function parseInWorker(
  worker: Worker,
  request: WorkerRequest,
  onProgress: ((progress: ParseProgress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<ParseSummary | undefined> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        onProgress?.(reply.progress);
      } else {
        finish();
        resolve(reply.kind === 'done' ? reply.summary : undefined);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      resolve(undefined);
    };
    worker.onmessageerror = () => {
      finish();
      resolve(undefined);
    };
    worker.postMessage(request);
  });
}

async function parseInSlices(file: File, options: OffThreadOptions): Promise<ParseSummary> {
  const { keepSystems, keepProblems, onProgress, signal } = options;
  const text = await file.text();
  const steps = parseSystemsInSteps(text, { fileName: file.name });
  let sliceStart = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return summariseParse(step.value, keepSystems, keepProblems);
    onProgress?.(step.value);
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resume) => setTimeout(resume, 0));
      sliceStart = performance.now();
    }
  }
}
