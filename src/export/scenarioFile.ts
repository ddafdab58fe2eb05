// A scenario as a file the user keeps: pretty JSON in an envelope that names the format and its version,
// so that a file from any later version can still be told apart from other JSON and read as far as it matches.
import type { Scenario } from '../scenario';

export const SCENARIO_FILE_FORMAT = 'range-rings-scenario';
/** The envelope version written today; readScenarioFile reads it and every earlier one. */
export const SCENARIO_FILE_VERSION = 1;

/**
 * The text of a scenario file. `saved` (a Date, or an ISO text) is written when given; no clock is read here.
 *
 * @example
 * scenarioFile(scenario, new Date('2025-10-16T12:00:00Z'));
 * // '{\n  "format": "range-rings-scenario",\n  "version": 1,\n  "saved": "2025-10-16T12:00:00.000Z",\n  "scenario": {…}\n}\n'
 */
export function scenarioFile(scenario: Scenario, saved?: Date | string): string {
  const savedText = saved instanceof Date ? isoOrUndefined(saved) : saved;
  const file = {
    format: SCENARIO_FILE_FORMAT,
    version: SCENARIO_FILE_VERSION,
    ...(savedText !== undefined ? { saved: savedText } : {}),
    scenario,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function isoOrUndefined(date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
