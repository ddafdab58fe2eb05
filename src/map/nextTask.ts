// A task of its own for the next slice of some long work, so the browser paints and answers input in between.
// Not a MessageChannel: Chromium may deliver a port's queued messages one after another in a single task.

interface TaskScheduler {
  postTask(callback: () => void, options: { signal: AbortSignal }): Promise<unknown>;
}

/**
 * Runs `callback` in a later task (scheduler.postTask where there is one, else a zero timeout); returns a
 * function that cancels it.
 *
 * @example
 * const cancel = nextTask(() => job.run(performance.now() + 40));
 */
export function nextTask(callback: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const stop = new AbortController();
    scheduler.postTask(callback, { signal: stop.signal }).catch(() => {}); // aborted
    return () => stop.abort();
  }
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}
