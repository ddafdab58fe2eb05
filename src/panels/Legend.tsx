// The legend: each system's colour, name, range in the chosen unit (approximate, as published) and source.
import type { WeaponSystem } from '../data';
import type { DistanceUnit } from '../scenario';
import { formatDistance } from './formatDistance';

interface Props {
  systems: WeaponSystem[];
  units: DistanceUnit;
  colorOf: (id: string) => string;
}

export function Legend({ systems, units, colorOf }: Props) {
  return (
    <section className="legend" aria-label="Legend">
      <ul>
        {systems.map((s) => {
          const source = s.sources[0];
          return (
            <li key={s.id} data-system={s.id}>
              <span className="swatch" style={{ borderColor: colorOf(s.id) }} aria-hidden="true" />
              <span className="name">{s.name}</span>{' '}
              <span className="range">about {formatDistance(s.rangeKm, units)}</span>
              {source && (
                <span className="source">
                  {' · '}
                  {source.url ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.publisher ?? 'source'}
                    </a>
                  ) : (
                    source.publisher
                  )}
                  {source.date ? `, ${source.date}` : ''}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
