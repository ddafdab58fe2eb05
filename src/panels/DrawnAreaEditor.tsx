// The keyboard way to make and change a drawn line or area: its name, and its vertices as a list where each
// can be typed ("49.99, 36.23" or degrees-minutes-seconds, as launch points are) or removed, and one added
// at a typed position or at the map's centre. A position that cannot be read is said next to the field.
import { useId, useState } from 'react';
import { parseCoordinates } from '../data';
import type { LonLat } from '../geo';
import { areaName, type DrawnArea, MAX_AREA_LABEL_LENGTH, MAX_AREA_VERTICES } from '../scenario';
import { CommitTextInput } from './CommitTextInput';

interface Props {
  area: DrawnArea;
  /** Where "Add the map centre" puts a vertex; null when the map has no view yet. */
  mapCentre: LonLat | null;
  onRename: (label: string) => void;
  onVertices: (lonLats: LonLat[]) => void;
}

export function DrawnAreaEditor({ area, mapCentre, onRename, onVertices }: Props) {
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const name = areaName(area);
  const full = area.lonLats.length >= MAX_AREA_VERTICES;
  const read = (text: string, what: string, use: (lonLat: LonLat) => void) => {
    const parsed = parseCoordinates(text);
    if ('error' in parsed) {
      setError(`${what} of ${name} not changed: ${parsed.error}`);
      return;
    }
    setError(null);
    use(parsed.lonLat);
  };
  return (
    <div className="drawn-area-editor">
      <div className="area-label-field">
        <label htmlFor={`${errorId}-name`}>Name</label>
        <CommitTextInput
          id={`${errorId}-name`}
          aria-label={`Name of ${name}`}
          dir="auto"
          value={area.label ?? ''}
          placeholder={name}
          maxLength={MAX_AREA_LABEL_LENGTH}
          onCommit={onRename}
        />
      </div>
      <ol className="vertex-list" aria-label={`Vertices of ${name}`}>
        {area.lonLats.map((lonLat, index) => (
          <li key={index}>
            <CommitTextInput
              aria-label={`Vertex ${index + 1} of ${name}, latitude and longitude`}
              aria-describedby={error ? errorId : undefined}
              value={vertexText(lonLat)}
              onCommit={(text) =>
                read(text, `Vertex ${index + 1}`, (next) =>
                  onVertices(area.lonLats.map((old, i) => (i === index ? next : old))),
                )
              }
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove vertex ${index + 1} of ${name}`}
              onClick={() => {
                setError(null);
                onVertices(area.lonLats.filter((_, i) => i !== index));
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className="add-vertex">
        <CommitTextInput
          aria-label={`Add a vertex to ${name}, latitude and longitude`}
          aria-describedby={error ? errorId : undefined}
          placeholder="49.99, 36.23"
          value=""
          disabled={full}
          onCommit={(text) => {
            if (text.trim() === '') return;
            read(text, 'A new vertex', (lonLat) => onVertices([...area.lonLats, lonLat]));
          }}
        />
        <button
          type="button"
          disabled={full || mapCentre === null}
          onClick={() => {
            if (mapCentre) onVertices([...area.lonLats, mapCentre]);
          }}
        >
          Add the map centre
        </button>
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

// latitude first, as people type it and as the field reads it back; 5 decimals, about a metre
function vertexText([lon, lat]: LonLat): string {
  return `${Number(lat.toFixed(5))}, ${Number(lon.toFixed(5))}`;
}
