// What lies in reach: for each launch point and system, the places of the gazetteer within range, nearest
// first, with their distances, and a one-line count. Clicking a place shows it on the map.
import { useDeferredValue, useMemo } from 'react';
import type { Place } from '../data';
import { type LonLat, type PlaceInRange, placesWithinRanges } from '../geo';
import type { DistanceUnit, Site } from '../scenario';
import { formatDistance } from '../scenario';
import type { SystemEntry } from './systemEntry';

interface Props {
  sites: Site[];
  systems: SystemEntry[];
  places: Place[] | null;
  units: DistanceUnit;
  onShowPlace: (lonLat: LonLat) => void;
  attribution: string;
}

const LISTED = 100;

export function InReachPanel(props: Props) {
  const sites = useDeferredValue(props.sites); // dragging stays smooth; the list catches up
  const { systems, places, units } = props;
  const rows = useMemo(() => {
    if (!places) return [];
    return sites.map((site) => {
      const lists = placesWithinRanges(
        site.lonLat,
        systems.map((s) => s.rangeKm * 1000),
        places,
      );
      return { site, perSystem: systems.map((system, i) => ({ system, found: lists[i] ?? [] })) };
    });
  }, [sites, systems, places]);

  return (
    <section className="panel-section in-reach" aria-labelledby="reach-heading">
      <h2 id="reach-heading">In reach</h2>
      {!places && <p>Loading places…</p>}
      {places && rows.length === 0 && <p>Add a launch point to see what lies in reach.</p>}
      {rows.map(({ site, perSystem }) => (
        <div key={site.id} className="reach-site">
          {perSystem.map(({ system, found }) => (
            <details key={system.id} className="reach-system">
              <summary>
                <span className="swatch" style={{ borderColor: system.color }} aria-hidden="true" />
                {summaryText(system.name, site.label, found, units)}
              </summary>
              <ol className="reach-list">
                {found.slice(0, LISTED).map(({ place, distanceM }) => (
                  <li key={`${place.name}-${place.lonLat[0]}-${place.lonLat[1]}`}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => props.onShowPlace(place.lonLat)}
                    >
                      {place.name}
                    </button>
                    <span className="detail">
                      {' '}
                      {place.iso2} · {formatDistance(distanceM / 1000, units)}
                    </span>
                  </li>
                ))}
                {found.length > LISTED && <li className="more">… and {found.length - LISTED} more</li>}
              </ol>
            </details>
          ))}
        </div>
      ))}
      <p className="attribution">{props.attribution}</p>
    </section>
  );
}

/** "Tomahawk from Kharkiv: 212 places, including Moscow (648 km)": the count and the largest places. */
export function summaryText(
  systemName: string,
  siteLabel: string,
  found: PlaceInRange<Place>[],
  units: DistanceUnit,
): string {
  const head = `${systemName} from ${siteLabel}: `;
  if (found.length === 0) return `${head}no city of 100,000 people or more`;
  // the launch point's own town is no news: the notable places are the largest ones farther out
  const farther = found.filter((f) => f.distanceM > 10_000);
  const notable = [...(farther.length ? farther : found)]
    .sort(
      (a, b) => Number(b.place.capital) - Number(a.place.capital) || b.place.population - a.place.population,
    )
    .slice(0, 2)
    .map((f) => `${f.place.name} (${formatDistance(f.distanceM / 1000, units)})`);
  return `${head}${found.length.toLocaleString()} ${found.length === 1 ? 'city' : 'cities'}, including ${notable.join(' and ')}`;
}
