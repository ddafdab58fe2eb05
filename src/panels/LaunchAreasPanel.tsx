// Launch areas: pick a country of the basemap by name or by clicking it, draw a line or an area on the map (or type its
// vertices), or open a file of lines and areas, to see each system's reach from anywhere in it. Each area is
// listed with a Remove button; a drawn one opens to its name and vertices. Everything works by keyboard alone.
import { useId, useRef, useState } from 'react';
import './launchAreas.css';
import { COUNTRIES } from '../data';
import type { LonLat } from '../geo';
import { areaKey, areaName, type DrawnArea, fileAreasLeftOut, type LaunchArea, MAX_AREAS } from '../scenario';
import { DrawnAreaEditor } from './DrawnAreaEditor';

interface Props extends AreaEditingActions {
  areas: readonly LaunchArea[];
  onAdd: (code: string) => void;
  onRemove: (key: string) => void;
}

/** What the panel can do with drawn and file areas; without them it offers countries only. */
export interface AreaEditingActions {
  /** The area being drawn on the map, if one is. */
  drawing?: { id: string; kind: DrawnArea['kind'] } | null;
  onStartDrawing?: (kind: DrawnArea['kind']) => void;
  /** Whether the next click on the map picks a country. */
  picking?: boolean;
  onPicking?: (on: boolean) => void;
  onFinishDrawing?: () => void;
  onCancelDrawing?: () => void;
  onRename?: (id: string, label: string) => void;
  onVertices?: (id: string, lonLats: LonLat[]) => void;
  /** Where "Add the map centre" adds a vertex. */
  mapCentre?: LonLat | null;
  onOpenFile?: (file: File) => void;
}

const NOTHING = () => {};

export function LaunchAreasPanel({ areas, onAdd, onRemove, drawing = null, ...props }: Props) {
  const [code, setCode] = useState('');
  const selectId = useId();
  const taken = new Set(areas.map(areaKey));
  const full = areas.length >= MAX_AREAS;
  const drawingArea = drawing ? areas.find((area) => areaKey(area) === drawing.id) : undefined;
  const leftOut = fileAreasLeftOut(areas);
  const drawnCount = drawingArea && 'lonLats' in drawingArea ? drawingArea.lonLats.length : 0;
  return (
    <section className="panel-section launch-areas" aria-labelledby={`${selectId}-heading`}>
      <h2 id={`${selectId}-heading`}>Launch areas</h2>
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
      {props.onStartDrawing && (
        <div className="area-tools">
          {drawing ? (
            <>
              <p className="drawing-hint" role="status">
                {`Click the map to add vertices (${drawnCount} so far); double-click, Enter or Finish ends, Esc cancels.`}
              </p>
              <button type="button" onClick={props.onFinishDrawing ?? NOTHING}>
                Finish
              </button>
              <button type="button" onClick={props.onCancelDrawing ?? NOTHING}>
                Cancel
              </button>
            </>
          ) : (
            <>
              {props.onPicking && (
                <button
                  type="button"
                  className={`toggle ${props.picking ? 'on' : ''}`}
                  aria-pressed={props.picking ?? false}
                  disabled={full && !props.picking}
                  onClick={() => props.onPicking?.(!props.picking)}
                >
                  {props.picking ? 'Click a country…' : 'Pick a country on the map'}
                </button>
              )}
              {props.picking && (
                <p className="drawing-hint" role="status">
                  Click a country on the map to add it; Esc cancels.
                </p>
              )}
              <button type="button" disabled={full} onClick={() => props.onStartDrawing?.('line')}>
                Draw a line
              </button>
              <button type="button" disabled={full} onClick={() => props.onStartDrawing?.('polygon')}>
                Draw an area
              </button>
              {props.onOpenFile && <AreaFileButton disabled={full} onOpen={props.onOpenFile} />}
            </>
          )}
        </div>
      )}
      {areas.length > 0 && (
        <ul className="area-list">
          {areas.map((area) => {
            const name = areaName(area);
            const key = areaKey(area);
            const remove = (
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove launch area ${name}`}
                onClick={() => onRemove(key)}
              >
                ×
              </button>
            );
            if (area.kind === 'line' || area.kind === 'polygon') {
              return (
                <li key={key} data-area={key} className="drawn-area">
                  <details open={drawing?.id === key || undefined}>
                    <summary>
                      <span className="name">{name}</span>{' '}
                      <span className="coords">{`${area.kind === 'line' ? 'line' : 'area'}, ${area.lonLats.length} vertices`}</span>
                    </summary>
                    <DrawnAreaEditor
                      area={area}
                      mapCentre={props.mapCentre ?? null}
                      onRename={(label) => props.onRename?.(key, label)}
                      onVertices={(lonLats) => props.onVertices?.(key, lonLats)}
                    />
                  </details>
                  {remove}
                </li>
              );
            }
            return (
              <li key={key} data-area={key}>
                <span className="name">{name}</span>
                <span className="coords">{area.kind === 'file' ? area.fileName : key}</span>
                {remove}
              </li>
            );
          })}
        </ul>
      )}
      {leftOut.length > 0 && (
        <p className="hint area-link-note">
          {`${leftOut.join(', ')} ${leftOut.length === 1 ? 'is' : 'are'} not in the link: a file's lines are too many for one. Save the scenario file (Export) to keep or share ${leftOut.length === 1 ? 'it' : 'them'}.`}
        </p>
      )}
    </section>
  );
}

function AreaFileButton({ disabled, onOpen }: { disabled: boolean; onOpen: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const buttonId = useId();
  // a real button opens the browser's file picker: it takes focus and shows it as every other button does
  return (
    <>
      <button type="button" id={buttonId} disabled={disabled} onClick={() => input.current?.click()}>
        Open a file of lines or areas
      </button>
      <input
        ref={input}
        type="file"
        accept=".geojson,.json,.kml,application/geo+json,application/vnd.google-earth.kml+xml"
        aria-labelledby={buttonId}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onOpen(file);
          event.target.value = ''; // the same file again is a new open
        }}
      />
    </>
  );
}
