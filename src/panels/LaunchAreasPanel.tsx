// Launch areas: pick a country of the basemap by name to see each system's reach from anywhere in it; each
// area listed with a Remove button. A select and a button work by keyboard alone.
import { useId, useState } from 'react';
import './launchAreas.css';
import { COUNTRIES } from '../data';
import { areaKey, areaName, type LaunchArea } from '../scenario';

interface Props {
  areas: readonly LaunchArea[];
  onAdd: (code: string) => void;
  onRemove: (code: string) => void;
}

export function LaunchAreasPanel({ areas, onAdd, onRemove }: Props) {
  const [code, setCode] = useState('');
  const selectId = useId();
  const taken = new Set(areas.map(areaKey));
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
            const name = areaName(area);
            const key = areaKey(area);
            return (
              <li key={key} data-area={key}>
                <span className="name">{name}</span>
                <span className="coords">{key}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove launch area ${name}`}
                  onClick={() => onRemove(key)}
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
