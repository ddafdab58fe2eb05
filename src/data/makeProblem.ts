// Builds a Problem whose message says where it is, so it reads well on its own in a list, a log or a toast:
// `systems.csv, line 4, field "range_km" (record "eram"): range must be a positive number, got "-5"`.
import { quote } from './describeValue.js';
import type { Problem, ProblemPlace, Severity } from './types';

/**
 * A problem with its place both in the message and in the fields (`column` goes into the message only).
 *
 * @example
 * makeProblem('error', 'range must be a positive number, got "-5"', {
 *   fileName: 'systems.csv', line: 4, field: 'range_km', recordId: 'eram',
 * }).message;
 * // 'systems.csv, line 4, field "range_km" (record "eram"): range must be a positive number, got "-5"'
 */
export function makeProblem(severity: Severity, text: string, place: ProblemPlace = {}): Problem {
  const where: string[] = [];
  if (place.fileName) where.push(place.fileName);
  if (place.line !== undefined) where.push(`line ${place.line}`);
  if (place.column !== undefined) where.push(`column ${place.column}`);
  if (place.field !== undefined) where.push(`field ${quote(place.field)}`);
  let prefix = where.join(', ');
  if (place.recordId !== undefined) {
    prefix =
      prefix === '' ? `record ${quote(place.recordId)}` : `${prefix} (record ${quote(place.recordId)})`;
  }
  const problem: Problem = { severity, message: prefix === '' ? text : `${prefix}: ${text}` };
  if (place.line !== undefined) problem.line = place.line;
  if (place.field !== undefined) problem.field = place.field;
  if (place.recordId !== undefined) problem.recordId = place.recordId;
  if (place.fileName) problem.fileName = place.fileName;
  return problem;
}
