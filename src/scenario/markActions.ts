// Verbs over the marked places. Each returns a new scenario and never mutates its input; input that would make
// the scenario invalid (a latitude beyond a pole, a 51st mark, an unknown id) returns it unchanged.
import type { LonLat } from '../geo';
import { checkLonLat } from './checkLonLat';
import { formatLonLat } from './formatLonLat';
import { MAX_LABEL_LENGTH, MAX_MARKS } from './limits';
import { plainText } from './plainText';
import type { Mark, Scenario } from './types';

/**
 * Adds a mark with a new id; without a label it is labelled with its coordinates.
 * Returns `s` itself when the position is invalid or the map already holds 50 marks.
 *
 * @example
 * addMark(s, [37.6176, 55.7558], 'Moscow').marks; // [{ id: 'm1', label: 'Moscow', lonLat: [37.6176, 55.7558] }]
 */
export function addMark(s: Scenario, lonLat: LonLat, label?: string): Scenario {
  const checked = checkLonLat(lonLat[0], lonLat[1]);
  const marks = s.marks ?? [];
  if ('reason' in checked || marks.length >= MAX_MARKS) return s;
  const mark: Mark = {
    id: newMarkId(marks),
    label: markLabel(label ?? '', checked.lonLat),
    lonLat: checked.lonLat,
  };
  return { ...s, marks: [...marks, mark] };
}

/**
 * Moves a mark. A label that only gave the old coordinates follows to the new ones.
 *
 * @example
 * moveMark(s, 'm1', [37.62, 55.75]);
 */
export function moveMark(s: Scenario, id: string, lonLat: LonLat): Scenario {
  const checked = checkLonLat(lonLat[0], lonLat[1]);
  if ('reason' in checked) return s;
  return updateMark(s, id, (mark) => ({
    ...mark,
    label: mark.label === formatLonLat(mark.lonLat) ? formatLonLat(checked.lonLat) : mark.label,
    lonLat: checked.lonLat,
  }));
}

/**
 * Renames a mark; an empty label gives it its coordinates as label.
 *
 * @example
 * renameMark(s, 'm1', 'Engels air base');
 */
export function renameMark(s: Scenario, id: string, label: string): Scenario {
  return updateMark(s, id, (mark) => ({ ...mark, label: markLabel(label, mark.lonLat) }));
}

/**
 * Removes a mark; with none left the field goes, as a scenario without marks has none.
 *
 * @example
 * removeMark(s, 'm1').marks; // undefined
 */
export function removeMark(s: Scenario, id: string): Scenario {
  const marks = s.marks ?? [];
  if (!marks.some((mark) => mark.id === id)) return s;
  const { marks: _, ...rest } = s;
  const left = marks.filter((mark) => mark.id !== id);
  return left.length > 0 ? { ...rest, marks: left } : rest;
}

function updateMark(s: Scenario, id: string, change: (mark: Mark) => Mark): Scenario {
  const marks = s.marks ?? [];
  if (!marks.some((mark) => mark.id === id)) return s;
  return { ...s, marks: marks.map((mark) => (mark.id === id ? change(mark) : mark)) };
}

function markLabel(label: string, lonLat: LonLat): string {
  const text = plainText(typeof label === 'string' ? label : '', MAX_LABEL_LENGTH).text;
  return text === '' ? formatLonLat(lonLat) : text;
}

// Numbers after the count first, so an id removed a moment ago is rarely given to a new mark.
function newMarkId(marks: readonly Mark[]): string {
  const taken = new Set(marks.map((mark) => mark.id));
  let n = marks.length + 1;
  while (taken.has(`m${n}`)) n++;
  return `m${n}`;
}
