// Launch areas: pick a country of the basemap by name to see each system's reach from anywhere in it; each
// area listed with a Remove button. A select and a button work by keyboard alone.
import { useId, useState } from 'react';
import './launchAreas.css';
import { COUNTRIES, countryByCode } from '../data';
import type { LaunchArea } from '../scenario';

interface Props {
  areas: readonly LaunchArea[];
  onAdd: (code: string) => void;
  onRemove: (code: string) => void;
}

export function LaunchAreasPanel({ areas, onAdd, onRemove }: Props) {
  const [code, setCode] = useState('');
  const selectId = useId();
  const taken = new Set(areas.map((area) => area.code));
  return (
    <section className="panel-section launch-areas" aria-labelledby={`${selectId}-heading`}>
      <h3 id={`${selectId}-heading`}>Launch areas</h3>
      <form
        className="area-picker"
        onSubmit={(event) => {
          event.preventDefault();
          if (code !== '') onAdd(code);
          setCode('');
        }}
      >
        <label htmlFor={selectId}>Reach from anywhere in</label>
        <select id={selectId} value={code} onChange={(event) => setCode(event.target.value)}>
          <option value="">a country…</option>
          {COUNTRIES.map((country) => (
            <option key={country.code} value={country.code} disabled={taken.has(country.code)}>
              {country.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={code === ''}>
          Add area
        </button>
      </form>
      {areas.length > 0 && (
        <ul className="area-list">
          {areas.map((area) => {
            const name = countryByCode(area.code)?.name ?? area.code;
            return (
              <li key={area.code} data-area={area.code}>
                <span className="name">{name}</span>
                <span className="coords">{area.code}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove launch area ${name}`}
                  onClick={() => onRemove(area.code)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
