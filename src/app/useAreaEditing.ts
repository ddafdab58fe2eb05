// Everything the page does with drawn and file launch areas, in one place for App: drawing on the map, the
// panel's vertex editing, the map's vertex handles, and opening a file of lines or areas.
import { useCallback, useMemo } from 'react';
import type { LonLat } from '../geo';
import { mapOfElement } from '../map';
import type { AreaEditingActions } from '../panels';
import {
  addFileArea,
  MAX_AREAS,
  moveAreaVertex,
  renameArea,
  type Scenario,
  setAreaVertices,
} from '../scenario';
import { MAX_AREA_FILE_BYTES } from './areaFileLimits';
import { useAreaDrawing } from './useAreaDrawing';
import { useCountryPicking } from './useCountryPicking';

export interface AreaEditing {
  /** Props of the Launch areas panel. */
  panel: AreaEditingActions;
  /** Props of the map's vertex handles. */
  map: {
    drawingId: string | null;
    onMoveVertex: (id: string, index: number, lonLat: LonLat) => void;
    onFinishDrawing: () => void;
  };
  /** Whether the next click on the map picks a country (the map's cursor shows it). */
  picking: boolean;
  /** Leaves picking a country, when another mode of the map starts. */
  stopPicking: () => void;
  /** Takes a click on the map while an area is drawn or a country picked (true), or leaves it to others. */
  takeMapClick: (lonLat: LonLat) => boolean;
  /** Adds the text of a dropped GeoJSON or KML file as a launch area, and says what was read. */
  openAreaText: (text: string, fileName: string) => void;
}

export function useAreaEditing(
  scenario: Scenario,
  act: (change: (s: Scenario) => Scenario) => void,
  /** Says what a file gave, or why it gave nothing (null clears it). */
  notify: (message: string | null) => void,
  /** Fits the view to everything, the new area included. */
  fit: () => void,
  /** Leaves the page's other click modes when picking a country starts. */
  onPickingStart: () => void = () => {},
): AreaEditing {
  const drawing = useAreaDrawing(scenario, act);
  const picker = useCountryPicking(scenario, act, notify);
  const full = (scenario.areas ?? []).length >= MAX_AREAS;
  const openAreaText = useCallback(
    (text: string, fileName: string) => {
      if (full) return notify(`${fileName} was not opened: a map holds at most ${MAX_AREAS} launch areas.`);
      // the KML reader is loaded with the first file, not with the page
      void import('./readAreaFile').then(({ readAreaFile }) => {
        const { area, message } = readAreaFile(text, fileName);
        if (area) {
          act((s) => addFileArea(s, area));
          fit();
        }
        notify(message);
      });
    },
    [act, notify, fit, full],
  );
  const onOpenFile = useCallback(
    (file: File) => {
      if (file.size > MAX_AREA_FILE_BYTES) {
        notify(`${file.name} is larger than ${MAX_AREA_FILE_BYTES / 1e6} MB; it was not opened.`);
        return;
      }
      file.text().then(
        (text) => openAreaText(text, file.name),
        () => notify(`${file.name} could not be read; the map is unchanged.`),
      );
    },
    [openAreaText, notify],
  );
  const onMoveVertex = useCallback(
    (id: string, index: number, lonLat: LonLat) => act((s) => moveAreaVertex(s, id, index, lonLat)),
    [act],
  );
  const takeMapClick = useCallback(
    (lonLat: LonLat) => {
      if (picker.takeMapClick(lonLat)) return true;
      if (!drawing.drawing) return false;
      drawing.addVertex(lonLat);
      return true;
    },
    [drawing, picker.takeMapClick],
  );
  // the centre of the map on screen (the scenario's view is null while the map fits the rings)
  const centre = mapOfElement(document.querySelector('.range-map'))?.getCenter();
  const mapCentre: LonLat | null = centre ? [centre.lng, centre.lat] : (scenario.view?.center ?? null);
  const panel: AreaEditingActions = {
    drawing: drawing.drawing,
    onStartDrawing: (kind) => {
      picker.setPicking(false);
      drawing.start(kind);
    },
    picking: picker.picking,
    onPicking: (on) => {
      if (on) onPickingStart();
      picker.setPicking(on);
    },
    onFinishDrawing: drawing.finish,
    onCancelDrawing: drawing.cancel,
    onRename: (id, label) => act((s) => renameArea(s, id, label)),
    onVertices: (id, lonLats) => act((s) => setAreaVertices(s, id, lonLats)),
    mapCentre,
    onOpenFile,
  };
  const map = useMemo(
    () => ({ drawingId: drawing.drawing?.id ?? null, onMoveVertex, onFinishDrawing: drawing.finish }),
    [drawing.drawing, onMoveVertex, drawing.finish],
  );
  const { setPicking } = picker;
  const stopPicking = useCallback(() => setPicking(false), [setPicking]);
  return { panel, map, picking: picker.picking, stopPicking, takeMapClick, openAreaText };
}
