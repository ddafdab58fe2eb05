// `sites=` and `marks=` of a map link: latitude,longitude,label entries, each checked, the bad ones named.
import { quote } from '../data';
import { cappedEntries } from './cappedEntries';
import { checkLonLat, MAX_GIVEN_LON } from './checkLonLat';
import { MAX_MARKS, MAX_SITES } from './limits';
import type { Report } from './readInput';
import { decodeUrlText, parseUrlNumber } from './urlText';

/** What a list of places in a link is called, and how many a map keeps: launch points or marked places. */
export interface PlaceList {
  parameter: 'sites' | 'marks';
  one: string;
  many: string;
  max: number;
}
export const URL_SITES: PlaceList = {
  parameter: 'sites',
  one: 'a site',
  many: 'launch points',
  max: MAX_SITES,
};
export const URL_MARKS: PlaceList = { parameter: 'marks', one: 'a mark', many: 'marks', max: MAX_MARKS };

/**
 * The places of `sites=` or `marks=`, as restore() reads them: `{ lonLat, label? }`; a bad entry is reported and
 * skipped, entries past what a map holds are counted.
 *
 * @example
 * readUrlPlaces('50.45,30.52,Kyiv', report, URL_SITES); // [{ lonLat: [30.52, 50.45], label: 'Kyiv' }]
 */
export function readUrlPlaces(raw: string, report: Report, list: PlaceList): unknown[] {
  const { parameter, max } = list;
  const sites: unknown[] = [];
  const capped = cappedEntries(raw, ';', max);
  let more = capped.more;
  for (const entry of capped.entries) {
    const shown = decodeUrlText(entry).trim();
    if (shown === '') continue;
    if (sites.length === max) {
      more++; // the map is full: the rest are counted, not read
      continue;
    }
    const parts = entry.split(',');
    if (parts.length < 2) {
      report(
        parameter,
        `${quote(shown)} ignored — ${list.one} is written latitude,longitude, like "50.45,30.52"`,
      );
      continue;
    }
    const lat = parseUrlNumber(decodeUrlText(parts[0] ?? ''));
    const lon = parseUrlNumber(decodeUrlText(parts[1] ?? ''));
    const checked = checkLonLat(lon, lat, { maxAbsLon: MAX_GIVEN_LON });
    if ('reason' in checked) {
      report(parameter, `${quote(shown)} ignored — ${checked.reason}`);
      continue;
    }
    // A label typed with bare commas keeps them: everything after the longitude is the label.
    const label = parts.length > 2 ? decodeUrlText(parts.slice(2).join(',')) : undefined;
    sites.push(label === undefined ? { lonLat: checked.lonLat } : { lonLat: checked.lonLat, label });
  }
  if (more > 0) {
    const said = `${more.toLocaleString('en')} more ${list.many} ignored — a map holds at most ${max}`;
    report(parameter, said, more);
  }
  return sites;
}
