// The compact legend drawn over the map in embed mode, where the side panel is hidden: each shown system's
// colour, name and range in the chosen unit, and a short line naming the sources. On a narrow frame the reader
// can fold it away to see the map under it.
import { useState } from 'react';
import { type DistanceUnit, formatDistance } from '../scenario';

export interface EmbedLegendSystem {
  id: string;
  name: string;
  rangeKm: number;
  color: string;
  /** The first source's publisher and date (`Associated Press, 2025-10-16`), when it has one. */
  sources?: readonly { publisher?: string; date?: string; title?: string }[];
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
  const [open, setOpen] = useState(true);
  if (systems.length === 0) return null;
  const sources = sourceLine(systems);
  return (
    <div className={`embed-legend-box${open ? '' : ' folded'}`}>
      <button
        type="button"
        className="embed-legend-toggle"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide legend' : 'Legend'}
      </button>
      {open && (
        <div className="embed-legend-body">
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
          {sources && <p className="embed-sources">Sources: {sources}</p>}
        </div>
      )}
    </div>
  );
}

// Each distinct first source once, short: `Associated Press, 2025-10-16`.
function sourceLine(systems: readonly EmbedLegendSystem[]): string {
  const cited = systems.map((s) => {
    const first = s.sources?.[0];
    return first ? [first.publisher, first.date].filter(Boolean).join(', ') || (first.title ?? '') : '';
  });
  return [...new Set(cited.filter(Boolean))].join('; ');
}
