// The reach areas to draw, computed in a Web Worker (or, where none can start, on the main thread a job per
// task). What was drawn stays until the new result is ready, so a change never blanks the map; results are
// kept by job key, so adding a system computes only its own areas.
import { useEffect, useRef, useState } from 'react';
import type { AreaReachJob, AreaReachResult } from '../scenario';

export interface AreaReaches {
  /** Results by job key, for the jobs asked for now (and those kept while newer ones are computed). */
  results: ReadonlyMap<string, AreaReachResult>;
  /** Jobs still being computed. */
  pending: number;
}

/** Results already computed by any map of the page (the main map, the export's own map), the latest kept. */
const computed = new Map<string, AreaReachResult>();
const COMPUTED_KEPT = 64;

function remember(result: AreaReachResult): void {
  computed.delete(result.key);
  computed.set(result.key, result);
  const oldest = computed.keys().next().value;
  if (computed.size > COMPUTED_KEPT && oldest !== undefined) computed.delete(oldest);
}

export function useAreaReaches(jobs: readonly AreaReachJob[]): AreaReaches {
  const cache = useRef(new Map<string, AreaReachResult>());
  const [results, setResults] = useState<ReadonlyMap<string, AreaReachResult>>(() => new Map());
  const [pending, setPending] = useState(0);
  const jobsKey = jobs.map((job) => job.key).join('|');

  useEffect(
    function computeMissingReaches() {
      const wanted = new Set(jobsKey === '' ? [] : jobsKey.split('|'));
      for (const key of wanted) {
        const known = computed.get(key);
        if (known && !cache.current.has(key)) cache.current.set(key, known);
      }
      const missing = jobs.filter((job) => !cache.current.has(job.key));
      const publish = () => {
        const next = new Map<string, AreaReachResult>();
        for (const key of wanted) {
          const found = cache.current.get(key);
          if (found) next.set(key, found);
        }
        // Keep only what is asked for now, so the cache never grows while a user tries many areas.
        cache.current = new Map(next);
        setResults(next);
      };
      if (missing.length === 0) {
        setPending(0);
        publish();
        return;
      }
      setPending(missing.length);
      let left = missing.length;
      let stopped = false;
      const receive = (result: AreaReachResult) => {
        if (stopped) return;
        cache.current.set(result.key, result);
        remember(result);
        left--;
        setPending(left);
        // the last drawn areas stay until every new one is ready: no flicker of half a set
        if (left === 0) publish();
      };
      const worker = startWorker();
      let fallback: number | undefined;
      const onMainThread = () => {
        const queue = missing.filter((job) => !cache.current.has(job.key));
        // loaded only here: the first load carries no polygon clipping
        void import('../scenario/computeAreaReach').then(({ computeAreaReach }) => {
          const step = () => {
            const job = queue.shift();
            if (!job || stopped) return;
            receive(computeAreaReach(job));
            fallback = window.setTimeout(step, 0);
          };
          fallback = window.setTimeout(step, 0);
        });
      };
      if (worker) {
        worker.onmessage = (event: MessageEvent<AreaReachResult>) => receive(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          worker.terminate();
          onMainThread();
        };
        worker.postMessage(missing);
      } else {
        onMainThread();
      }
      return () => {
        stopped = true;
        worker?.terminate();
        if (fallback !== undefined) window.clearTimeout(fallback);
      };
    },
    // jobsKey stands for jobs: the same keys are the same work
    [jobsKey],
  );
  return { results, pending };
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./areaReachWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined; // no Worker here, or refused: the jobs run on the main thread instead
  }
}
