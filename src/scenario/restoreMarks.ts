// Restores the marked places of a scenario from any value: each needs a valid position; labels are cleaned and
// cut, ids made unique (`m1`, `m2`, …). It keeps the first 50 and, like the sites, never looks a name up.
import { describeValue, quote } from '../data';
import { checkLonLat, MAX_GIVEN_LON } from './checkLonLat';
import { formatLonLat } from './formatLonLat';
import { MAX_LABEL_LENGTH, MAX_MARKS } from './limits';
import { plainText } from './plainText';
import { isRecord, own, type Report } from './readInput';
import type { Mark } from './types';

const MARK_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Restores a list of marks, or returns undefined (none) when `value` is not a list. A mark without a label
 * is labelled with its coordinates.
 *
 * @example
 * restoreMarks([{ lonLat: [37.62, 55.75], label: 'Moscow' }], report); // [{ id: 'm1', label: 'Moscow', lonLat: [37.62, 55.75] }]
 */
export function restoreMarks(value: unknown, report: Report): Mark[] | undefined {
  if (!Array.isArray(value)) {
    report('marks', `${describeValue(value)} ignored — not a list of marked places`);
    return undefined;
  }
  const kept: { mark: Mark; givenId: unknown }[] = [];
  const count = Math.min(value.length, MAX_MARKS);
  for (let i = 0; i < count; i++) {
    const mark = restoreMark(value[i], i, report);
    if (mark) kept.push(mark);
  }
  if (value.length > MAX_MARKS) {
    report('marks', `${value.length - MAX_MARKS} more marks ignored — a map holds at most ${MAX_MARKS}`);
  }
  return withUniqueIds(kept);
}

function restoreMark(item: unknown, index: number, report: Report): { mark: Mark; givenId: unknown } | null {
  if (!isRecord(item)) {
    report('marks', `mark ${index + 1} ignored — it is ${describeValue(item)}, not a place with coordinates`);
    return null;
  }
  const givenLabel = own(item, 'label');
  const cleanLabel = typeof givenLabel === 'string' ? plainText(givenLabel, MAX_LABEL_LENGTH) : null;
  const name = cleanLabel?.text ? `mark ${quote(cleanLabel.text)}` : `mark ${index + 1}`;
  const lonLat = own(item, 'lonLat');
  if (!Array.isArray(lonLat) || lonLat.length < 2) {
    const said =
      lonLat === undefined
        ? 'it has no coordinates'
        : `its coordinates ${describeValue(lonLat)} are not [longitude, latitude]`;
    report('marks', `${name} ignored — ${said}`);
    return null;
  }
  const checked = checkLonLat(lonLat[0], lonLat[1], { maxAbsLon: MAX_GIVEN_LON });
  if ('reason' in checked) {
    report('marks', `${name} ignored — ${checked.reason}`);
    return null;
  }
  const label = cleanLabel?.text ?? '';
  if (cleanLabel?.cut) report('marks', `label ${quote(label)} cut to ${MAX_LABEL_LENGTH} characters`);
  if (cleanLabel?.removedControls) {
    report('marks', `line breaks and control characters removed from label ${quote(label)}`);
  }
  if (givenLabel !== undefined && givenLabel !== null && cleanLabel === null) {
    report('marks', `label of ${name} ignored — it is ${describeValue(givenLabel)}, not text`);
  }
  const mark: Mark = { id: '', label: label || formatLonLat(checked.lonLat), lonLat: checked.lonLat };
  return { mark, givenId: own(item, 'id') };
}

// Given ids are kept where valid and first seen; the others get the lowest free `m<n>`.
function withUniqueIds(kept: { mark: Mark; givenId: unknown }[]): Mark[] {
  const taken = new Set<string>();
  const keeps = kept.map(({ givenId }) => {
    if (typeof givenId !== 'string' || !MARK_ID.test(givenId) || taken.has(givenId)) return false;
    taken.add(givenId);
    return true;
  });
  let n = 1;
  return kept.map(({ mark, givenId }, i) => {
    if (keeps[i]) return { ...mark, id: givenId as string };
    while (taken.has(`m${n}`)) n++;
    const id = `m${n}`;
    taken.add(id);
    return { ...mark, id };
  });
}
