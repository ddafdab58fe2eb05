// The distance read-out of an embedded map, where the side panel is hidden: a tap or click on the map shows
// the point's geodesic distance from each launch point and which of the shown systems reach it. Dismissible
// with its button or Escape.
import { useEffect } from 'react';
import { distanceM, type LonLat } from '../geo';
import { type DistanceUnit, formatDistance, formatLonLat, type Site } from '../scenario';
import type { EmbedLegendSystem } from './EmbedLegend';

export interface EmbedProbeProps {
  probe: LonLat;
  /** The point's name, when it is a marked place. */
  name?: string | null;
  sites: readonly Site[];
  systems: readonly EmbedLegendSystem[];
  units: DistanceUnit;
  onClose: () => void;
}

/**
 * The read-out over the map, top centre.
 *
 * @example
 * <EmbedProbe probe={[37.62, 55.75]} sites={scenario.sites} systems={shown} units="km" onClose={…} />
 * // Point 55.75°N 37.62°E · 648 km from Kharkiv: in reach of Tomahawk
 */
export function EmbedProbe({ probe, name, sites, systems, units, onClose }: EmbedProbeProps) {
  useEffect(
    function closeOnEscape() {
      const onKey = (event: KeyboardEvent) => {
        if (event.key === 'Escape') onClose();
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    [onClose],
  );
  return (
    <section className="embed-probe" aria-label="Distance to the point" aria-live="polite">
      <p className="embed-probe-point">
        {name ? (
          <>
            <bdi>{name}</bdi>, {formatLonLat(probe)}
          </>
        ) : (
          `Point ${formatLonLat(probe)}`
        )}
      </p>
      <ul>
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
              {reach.length === 0
                ? 'out of reach of the systems shown'
                : `in reach of ${reach.map((s) => s.name).join(', ')}`}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="embed-probe-close"
        aria-label="Close the distance read-out"
        onClick={onClose}
      >
        ×
      </button>
    </section>
  );
}
