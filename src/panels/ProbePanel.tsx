// A point the user clicked, or a place picked from a list: its geodesic distance from each launch point and
// which systems reach it; a place is named in the heading and in every line ("Moscow — 648 km from Kharkiv").
import { distanceM, type LonLat } from '../geo';
import type { DistanceUnit, Site } from '../scenario';
import { formatDistance, formatLonLat } from '../scenario';
import type { SystemEntry } from './systemEntry';

interface Props {
  probe: LonLat;
  /** The place's name, when the point is one. */
  name?: string | null;
  sites: Site[];
  systems: SystemEntry[];
  units: DistanceUnit;
  onAddSite: (lonLat: LonLat) => void;
  /** Keeps the point as a mark (under the place's name, if it is one). */
  onKeepAsMark?: (lonLat: LonLat) => void;
  onClose: () => void;
}

export function ProbePanel({ probe, name, sites, systems, units, onAddSite, onKeepAsMark, onClose }: Props) {
  return (
    <section className="panel-section probe" aria-labelledby="probe-heading">
      <div className="section-head">
        <h2 id="probe-heading">
          {name ? `${name}, ${formatLonLat(probe)}` : `Point ${formatLonLat(probe)}`}
        </h2>
        <button type="button" className="icon-button" aria-label="Close point" onClick={onClose}>
          ×
        </button>
      </div>
      {sites.length === 0 && <p>Add a launch point to measure distances.</p>}
      <ul className="probe-list">
        {sites.map((site) => {
          const km = distanceM(site.lonLat, probe) / 1000;
          const reach = systems.filter((s) => s.rangeKm >= km);
          return (
            <li key={site.id}>
              {name && (
                <>
                  <bdi>{name}</bdi> —{' '}
                </>
              )}
              <strong>{formatDistance(km, units)}</strong> from <bdi>{site.label}</bdi>:{' '}
              {reach.length === 0 ? (
                <span>out of reach of the systems shown</span>
              ) : (
                <span>
                  in reach of{' '}
                  {reach.map((s, i) => (
                    <span key={s.id}>
                      {i > 0 ? ', ' : ''}
                      {/* The colour as a swatch, the name in the text colour: ring colours are too light for text. */}
                      <span className="system-name">
                        <span className="swatch" style={{ borderColor: s.color }} aria-hidden="true" />
                        <bdi>{s.name}</bdi>
                      </span>
                    </span>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <div className="probe-actions">
        <button type="button" onClick={() => onAddSite(probe)}>
          Add as launch point
        </button>
        {onKeepAsMark && (
          <button type="button" onClick={() => onKeepAsMark(probe)}>
            Keep as mark
          </button>
        )}
      </div>
    </section>
  );
}
