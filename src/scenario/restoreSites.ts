// Restores the launch sites of a scenario from any value: each needs a valid position; labels are cleaned
// and cut, ids made unique (`s1`, `s2`, …). It keeps the first 50 and does not look for places by name.
import { describeValue, quote } from '../data';
import { checkLonLat, MAX_GIVEN_LON } from './checkLonLat';
import { formatLonLat } from './formatLonLat';
import { MAX_LABEL_LENGTH, MAX_SITES } from './limits';
import { plainText } from './plainText';
import { isRecord, own, type Report } from './readInput';
import type { Site } from './types';

const SITE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Restores a list of sites, or returns undefined (keep what there was) when `value` is not a list.
 * A site without a label is labelled with its coordinates.
 *
 * @example
 * restoreSites([{ lonLat: [36.23, 49.99] }], report); // [{ id: 's1', label: '49.99°N 36.23°E', lonLat: [36.23, 49.99] }]
 */
export function restoreSites(value: unknown, report: Report): Site[] | undefined {
  if (!Array.isArray(value)) {
    report('sites', `${describeValue(value)} ignored — not a list of sites`);
    return undefined;
  }
  const kept: { site: Site; givenId: unknown }[] = [];
  const count = Math.min(value.length, MAX_SITES);
  for (let i = 0; i < count; i++) {
    const site = restoreSite(value[i], i, report);
    if (site) kept.push(site);
  }
  if (value.length > MAX_SITES) {
    report('sites', `${value.length - MAX_SITES} more sites ignored — a map holds at most ${MAX_SITES}`);
  }
  return withUniqueIds(kept);
}

function restoreSite(item: unknown, index: number, report: Report): { site: Site; givenId: unknown } | null {
  if (!isRecord(item)) {
    report('sites', `site ${index + 1} ignored — it is ${describeValue(item)}, not a place with coordinates`);
    return null;
  }
  const givenLabel = own(item, 'label');
  const cleanLabel = typeof givenLabel === 'string' ? plainText(givenLabel, MAX_LABEL_LENGTH) : null;
  const name = cleanLabel?.text ? `site ${quote(cleanLabel.text)}` : `site ${index + 1}`;
  const lonLat = own(item, 'lonLat');
  if (lonLat === undefined) {
    report('sites', `${name} ignored — it has no coordinates`);
    return null;
  }
  if (!Array.isArray(lonLat) || lonLat.length < 2) {
    report(
      'sites',
      `${name} ignored — its coordinates ${describeValue(lonLat)} are not [longitude, latitude]`,
    );
    return null;
  }
  const checked = checkLonLat(lonLat[0], lonLat[1], { maxAbsLon: MAX_GIVEN_LON });
  if ('reason' in checked) {
    report('sites', `${name} ignored — ${checked.reason}`);
    return null;
  }
  let label = cleanLabel?.text ?? '';
  if (cleanLabel?.cut) report('sites', `label ${quote(label)} cut to ${MAX_LABEL_LENGTH} characters`);
  if (cleanLabel?.removedControls) {
    report('sites', `line breaks and control characters removed from label ${quote(label)}`);
  }
  // null is how other tools write "no label": it gets the coordinates, quietly.
  if (givenLabel !== undefined && givenLabel !== null && cleanLabel === null) {
    report('sites', `label of ${name} ignored — it is ${describeValue(givenLabel)}, not text`);
  }
  if (label === '') label = formatLonLat(checked.lonLat);
  const site: Site = { id: '', label, lonLat: checked.lonLat };
  const labelFrom = own(item, 'labelFrom');
  if (labelFrom === 'place' && label !== formatLonLat(checked.lonLat)) site.labelFrom = 'place';
  else if (labelFrom !== undefined && labelFrom !== 'place') {
    report('sites', `labelFrom ${describeValue(labelFrom)} of ${name} ignored — only "place" is known`);
  }
  return { site, givenId: own(item, 'id') };
}

// Given ids are kept where valid and first seen; the others get the lowest free `s<n>`.
function withUniqueIds(kept: { site: Site; givenId: unknown }[]): Site[] {
  const taken = new Set<string>();
  const keeps = kept.map(({ givenId }) => {
    if (typeof givenId !== 'string' || !SITE_ID.test(givenId) || taken.has(givenId)) return false;
    taken.add(givenId);
    return true;
  });
  let n = 1;
  return kept.map(({ site, givenId }, i) => {
    if (keeps[i]) return { ...site, id: givenId as string };
    while (taken.has(`s${n}`)) n++;
    const id = `s${n}`;
    taken.add(id);
    return { ...site, id };
  });
}
