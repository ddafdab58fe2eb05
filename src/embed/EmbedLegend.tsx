// The compact legend drawn over the map in embed mode, where the side panel is hidden: each shown system's
// colour, name and range in the chosen unit. Sources stay in the full page.
import { type DistanceUnit, formatDistance } from '../scenario';

export interface EmbedLegendSystem {
  id: string;
  name: string;
  rangeKm: number;
  color: string;
}

export interface EmbedLegendProps {
  systems: readonly EmbedLegendSystem[];
  units: DistanceUnit;
}

/**
 * The legend overlay, bottom-left on the map; nothing when no system is shown.
 *
 * @example
 * <EmbedLegend systems={[{ id: 'atacms', name: 'ATACMS', rangeKm: 300, color: '#009E73' }]} units="mi" />
 * // ATACMS  about 186 mi
 */
export function EmbedLegend({ systems, units }: EmbedLegendProps) {
  if (systems.length === 0) return null;
  return (
    <ul className="embed-legend" aria-label="Legend">
      {systems.map((s) => (
        <li key={s.id} data-system={s.id}>
          <span className="swatch" style={{ borderColor: s.color }} aria-hidden="true" />
          <span className="name" dir="auto">
            {s.name}
          </span>
          <span className="range">about {formatDistance(s.rangeKm, units)}</span>
        </li>
      ))}
    </ul>
  );
}
