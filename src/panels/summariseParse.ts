// What the file loader needs of a parse: the first systems and problems, and how many there were in all. A
// worker sends this back instead of the whole result, so 50,000 records are never copied to the page.
import type { ParseResult, Problem, WeaponSystem } from '../data';

export interface ParseSummary {
  /** The first systems read, in file order: at most the number asked for. */
  systems: WeaponSystem[];
  /** How many systems were read in all. */
  systemCount: number;
  /** The first problems, in the order the parser found them: at most the number asked for. */
  problems: Problem[];
  errorCount: number;
  warningCount: number;
}

/**
 * Keeps the first `keepSystems` systems and `keepProblems` problems of a parse, and counts the rest.
 *
 * @example
 * summariseParse(parseSystems(bigCsv), 50, 20); // { systems: [50], systemCount: 49998, problems: [2], errorCount: 2, … }
 */
export function summariseParse(result: ParseResult, keepSystems: number, keepProblems: number): ParseSummary {
  const errorCount = result.problems.filter((p) => p.severity === 'error').length;
  return {
    systems: result.systems.slice(0, Math.max(0, keepSystems)),
    systemCount: result.systems.length,
    problems: result.problems.slice(0, Math.max(0, keepProblems)),
    errorCount,
    warningCount: result.problems.length - errorCount,
  };
}
