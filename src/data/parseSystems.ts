// Reads a systems file, JSON or CSV, into weapon systems and a list of problems that each name file, line and field.
// It never throws: bad records are skipped with an error, doubtful parts dropped with a warning, the rest loads.

import { parseSystemsInSteps } from './parseSystemsInSteps.js';
import type { ParseOptions, ParseProgress, ParseResult } from './types';

/**
 * Parses the text of a systems file. JSON is a list of records or `{ "systems": [ … ] }` (see
 * `data/systems.schema.json`); CSV has a header row with at least `name` and `range_km`. The format comes
 * from `options.format`, else the `fileName` extension, else the first character. `options.onProgress`, if
 * given, hears how far the parse has got (see `ParseProgress`).
 *
 * @example
 * const { systems, problems } = parseSystems('name,range_km\nERAM,460\nATACMS,-5\n', { fileName: 'systems.csv' });
 * systems;             // [{ id: 'eram', name: 'ERAM', rangeKm: 460, sources: [] }]
 * problems[1].message; // 'systems.csv, line 3, field "range_km" (record "atacms"): range must be a positive number, got "-5"'
 */
export function parseSystems(text: string, options?: ParseOptions): ParseResult {
  const onProgress = readOnProgress(options);
  const steps = parseSystemsInSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (onProgress) report(onProgress, step.value);
  }
}

function report(onProgress: (progress: ParseProgress) => void, progress: ParseProgress): void {
  try {
    onProgress({ ...progress });
  } catch {
    // A progress display that fails must not stop the parse (see ParseOptions.onProgress).
  }
}

// Options may come from plain JavaScript: anything but a function is ignored, as is a getter that throws.
function readOnProgress(options: unknown): ((progress: ParseProgress) => void) | undefined {
  try {
    if (typeof options !== 'object' || options === null) return undefined;
    const { onProgress } = options as { onProgress?: unknown };
    return typeof onProgress === 'function' ? (onProgress as (progress: ParseProgress) => void) : undefined;
  } catch {
    return undefined;
  }
}
