// The compact legend drawn over the map in embed mode, where the side panel is hidden: each shown system's
// colour, name and range in the chosen unit, the launch areas their reach is drawn from, what a dashed ring means
// when a band is drawn, and a short line naming the sources. On a narrow frame the reader can fold it away to
// see the map under it.
import { useEffect, useRef, useState } from 'react';
import { citedSources, hasBand, shortCitation } from '../data';
import { SystemSwatch } from '../panels';
import { type DistanceUnit, formatRange, type PublishedRange } from '../scenario';

export interface EmbedLegendSystem extends PublishedRange {
  id: string;
  name: string;
  color: string;
  /** Its sources; the legend names the first, and with a band every one (`Associated Press, 2025-10-16`). */
  sources?: readonly { publisher?: string; date?: string; title?: string }[];
  rangeMinKm?: number;
  rangeMaxKm?: number;
  /** Outline pattern when the colour repeats (see systemDash). */
  dash?: string;
}

export interface EmbedLegendProps {
  systems: readonly EmbedLegendSystem[];
  units: DistanceUnit;
  /** The launch areas' names: each system's reach from anywhere in them is drawn too. */
  areas?: readonly string[];
  /** Called once the reader has folded the legend away or opened it again: the map it covers has changed. */
  onFold?: () => void;
}

/**
 * The legend overlay, bottom-left on the map; nothing when no system is shown.
 *
 * @example
 * <EmbedLegend systems={[{ id: 'atacms', name: 'ATACMS', rangeKm: 300, color: '#009E73' }]} units="mi" />
 * // ATACMS  about 186 mi
 */
export function EmbedLegend({ systems, units, areas = [], onFold }: EmbedLegendProps) {
  const [open, setOpen] = useState(true);
  // after the render that folds or opens it, so that what the map measures of the box is its new size
  const told = useRef(open);
  const tell = useRef(onFold);
  tell.current = onFold;
  useEffect(
    function tellFolded() {
      if (told.current === open) return;
      told.current = open;
      tell.current?.();
    },
    [open],
  );
  if (systems.length === 0) return null;
  const sources = sourceLine(systems);
  const banded = systems.find(hasBand);
  return (
    // data-covers-map: the map's fit keeps the rings clear of the band this box covers (map/coveredEdges)
    <div className={`embed-legend-box${open ? '' : ' folded'}`} data-covers-map="">
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
                <SystemSwatch color={s.color} dash={s.dash} />
                <span className="name" dir="auto">
                  {s.name}
                </span>
                <span className="range">about {formatRange(s, units)}</span>
                {hasBand(s) && (
                  <span className="band">
                    {' '}
                    (published {formatRange(s, units, undefined, s.rangeMinKm)}–
                    {formatRange(s, units, undefined, s.rangeMaxKm)})
                  </span>
                )}
              </li>
            ))}
            {banded && (
              <li className="band-key">
                {/* the band's outline pattern on the map (RingsLayer) */}
                <SystemSwatch color={banded.color} dash="4 4" />
                <span className="range">dashed: published range band</span>
              </li>
            )}
          </ul>
          {areas.length > 0 && (
            <p className="embed-areas">
              Reach from anywhere in <bdi>{areas.join(', ')}</bdi>
            </p>
          )}
          {sources && <p className="embed-sources">Sources: {sources}</p>}
        </div>
      )}
    </div>
  );
}

// Each distinct citation once, short: `Associated Press, 2025-10-16`; with a band, its other sources too, as in
// the exported image (citedSources).
function sourceLine(systems: readonly EmbedLegendSystem[]): string {
  const cited = systems.flatMap((s) => citedSources(s).map(shortCitation));
  return [...new Set(cited.filter(Boolean))].join('; ');
}
