// The legend and system picker: each system's colour, name, range in the chosen unit and source, with a
// switch to show or hide its rings; the unit switch; and the ways to add systems.
import { hasBand } from '../data';
import type { DistanceUnit, OnHighlight } from '../scenario';
import { formatRange } from '../scenario';
import { SourceLink } from './SourceLink';
import { SystemSwatch } from './SystemSwatch';
import './systemsPanel.css';
import type { SystemEntry } from './systemEntry';

interface Props {
  systems: SystemEntry[];
  shownIds: readonly string[];
  units: DistanceUnit;
  highlightedId: string | null;
  onToggle: (id: string, on: boolean) => void;
  onUnits: (units: DistanceUnit) => void;
  onHighlight: OnHighlight;
  onRemoveCustom: (id: string) => void;
  /** The user picked a colour for a system (`#rrggbb`). */
  onColor: (id: string, color: string) => void;
}

const UNITS: { id: DistanceUnit; label: string }[] = [
  { id: 'km', label: 'kilometres' },
  { id: 'mi', label: 'miles' },
  { id: 'nmi', label: 'nautical miles' },
];

export function SystemsPanel(props: Props) {
  const { systems, shownIds, units } = props;
  const banded = systems.find((s) => shownIds.includes(s.id) && hasBand(s));
  const bandColor = banded?.color;
  return (
    <section className="panel-section legend" aria-labelledby="systems-heading">
      <div className="section-head">
        <h2 id="systems-heading">Systems</h2>
        <fieldset className="units">
          <legend className="visually-hidden">Distance unit</legend>
          {UNITS.map((u) => (
            <label key={u.id} className={units === u.id ? 'on' : ''}>
              <input
                type="radio"
                name="units"
                value={u.id}
                checked={units === u.id}
                onChange={() => props.onUnits(u.id)}
              />
              <span>{u.id}</span>
              <span className="visually-hidden"> ({u.label})</span>
            </label>
          ))}
        </fieldset>
      </div>
      <ul className="system-list">
        {systems.map((s) => {
          const shown = shownIds.includes(s.id);
          const band =
            s.rangeMinKm !== undefined && s.rangeMaxKm !== undefined
              ? `published ${formatRange(s, units, undefined, s.rangeMinKm)}–${formatRange(s, units, undefined, s.rangeMaxKm)}`
              : null;
          return (
            <li
              key={s.id}
              data-system={s.id}
              className={`${shown ? '' : 'off'} ${props.highlightedId === s.id ? 'highlighted' : ''}`}
              onPointerEnter={() => props.onHighlight(s.id, 'list')}
              onPointerLeave={() => props.onHighlight(null, 'list')}
            >
              <label>
                <input
                  type="checkbox"
                  checked={shown}
                  onChange={(e) => props.onToggle(s.id, e.target.checked)}
                />
                <SystemSwatch color={s.color} dash={s.dash} />
                {/* one run of text: it wraps between words ("ATACMS" / "about 300 km"), not inside the name */}
                <span className="system-text">
                  <span className="name" dir="auto">
                    {s.name}
                  </span>{' '}
                  <span className="range">about {formatRange(s, units)}</span>
                </span>
              </label>
              <input
                type="color"
                className="system-color"
                aria-label={`Colour of ${s.name}`}
                value={s.color.toLowerCase()}
                onChange={(e) => props.onColor(s.id, e.target.value)}
              />
              <div className="meta">
                {band && <span className="band">{band} · </span>}
                <SourceLink source={s.sources[0]} />
                {s.custom && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onRemoveCustom(s.id)}
                    aria-label={`Remove ${s.name}`}
                  >
                    remove
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {bandColor && (
        // the map draws a published band's edges as an even dashed ring (RingsLayer): the key says so
        <p className="band-key">
          <SystemSwatch color={bandColor} dash="4 4" /> dashed: published range band
        </p>
      )}
    </section>
  );
}
