// The compact legend drawn over the map in embed mode, where the side panel is hidden: each shown system's
// colour, name and range in the chosen unit. Sources stay in the full page.
import { SystemSwatch } from '../panels';
import { type DistanceUnit, formatRange, type PublishedRange } from '../scenario';

export interface EmbedLegendSystem extends PublishedRange {
  id: string;
  name: string;
  color: string;
  rangeMinKm?: number;
  rangeMaxKm?: number;
  /** Outline pattern when the colour repeats (see systemDash). */
  dash?: string;
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
          <SystemSwatch color={s.color} dash={s.dash} />
          <span className="name">{s.name}</span>
          <span className="range">about {formatRange(s, units)}</span>
          {s.rangeMinKm !== undefined && s.rangeMaxKm !== undefined && s.rangeMaxKm > s.rangeMinKm && (
            <span className="band">
              {' '}
              (published {formatRange(s, units, undefined, s.rangeMinKm)}–
              {formatRange(s, units, undefined, s.rangeMaxKm)})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
