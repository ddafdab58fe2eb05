// One line that says what was ignored, short enough for a notice whatever the input: the first few problems
// in full, the rest counted by kind ("9,990 more launch points were ignored").
import type { ScenarioProblem } from './scenarioProblem';

/** Problems quoted in full before the rest are counted. */
export const NAMED_PROBLEMS = 10;
// A single message is cut past this many characters (a quoted label or value could be long).
const MESSAGE_LENGTH = 300;

// What the counted problems of a field are, in the plural.
const THINGS: Record<string, string> = {
  sites: 'launch points',
  marks: 'marks',
  custom: 'systems of your own',
  customSystems: 'systems of your own',
  systems: 'systems',
  systemIds: 'systems',
};

/**
 * Joins problems with "; ", naming the first `named` and counting the rest by field.
 *
 * @example
 * summariseProblems([{ field: 'units', message: '"x" ignored' }]); // '"x" ignored'
 * summariseProblems(badSites, 2); // '"a" ignored — …; "b" ignored — …; 9,998 more launch points were ignored'
 */
export function summariseProblems(problems: readonly ScenarioProblem[], named = NAMED_PROBLEMS): string {
  const parts = problems.slice(0, named).map((p) => cut(p.message));
  const rest = new Map<string, number>();
  for (const p of problems.slice(named)) {
    const things = THINGS[p.field] ?? 'problems';
    rest.set(things, (rest.get(things) ?? 0) + (p.count ?? 1));
  }
  for (const [things, n] of rest) {
    const noun = n === 1 ? things.replace(/s\b/, '') : things;
    parts.push(`${n.toLocaleString('en')} more ${noun} ${n === 1 ? 'was' : 'were'} ignored`);
  }
  return parts.join('; ');
}

function cut(message: string): string {
  const chars = Array.from(message);
  return chars.length > MESSAGE_LENGTH ? `${chars.slice(0, MESSAGE_LENGTH - 1).join('')}…` : message;
}
