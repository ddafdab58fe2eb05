// Drawing a line or an area on the map: "Draw a line" adds an empty drawn area and each click on the map adds
// a vertex to it (the map draws it as it grows); a double-click, Enter or "Finish" ends, Escape takes the
// unfinished area away again. Not part of the scenario: a reload ends the mode and keeps what was clicked.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LonLat } from '../geo';
import {
  addDrawnArea,
  type DrawnArea,
  MAX_AREA_VERTICES,
  nextAreaId,
  removeArea,
  type Scenario,
  setAreaVertices,
} from '../scenario';
import { useEscapeKey } from './useEscapeKey';

export interface AreaDrawing {
  /** The area being drawn, or null. */
  drawing: { id: string; kind: DrawnArea['kind'] } | null;
  start: (kind: DrawnArea['kind']) => void;
  addVertex: (lonLat: LonLat) => void;
  finish: () => void;
  cancel: () => void;
}

export function useAreaDrawing(
  scenario: Scenario,
  act: (change: (s: Scenario) => Scenario) => void,
): AreaDrawing {
  const [drawing, setDrawing] = useState<AreaDrawing['drawing']>(null);
  const current = useRef(scenario);
  current.current = scenario;
  const verticesOf = (id: string) => {
    const area = current.current.areas?.find((a) => a.kind !== 'country' && a.id === id);
    return area && (area.kind === 'line' || area.kind === 'polygon') ? area.lonLats : undefined;
  };

  const start = useCallback(
    (kind: DrawnArea['kind']) => {
      const id = nextAreaId(current.current);
      act((s) => addDrawnArea(s, kind, []));
      setDrawing({ id, kind });
    },
    [act],
  );
  const addVertex = useCallback(
    (lonLat: LonLat) => {
      if (!drawing) return;
      const lonLats = verticesOf(drawing.id) ?? [];
      if (lonLats.length >= MAX_AREA_VERTICES) return;
      act((s) => setAreaVertices(s, drawing.id, [...lonLats, lonLat]));
    },
    [act, drawing],
  );
  const finish = useCallback(() => {
    if (!drawing) return;
    const lonLats = verticesOf(drawing.id) ?? [];
    // a double-click's two clicks added the same vertex twice: one is kept
    const kept = lonLats.filter((p, i) => {
      const before = lonLats[i - 1];
      return !before || Math.abs(before[0] - p[0]) > 1e-9 || Math.abs(before[1] - p[1]) > 1e-9;
    });
    act((s) => (kept.length === 0 ? removeArea(s, drawing.id) : setAreaVertices(s, drawing.id, kept)));
    setDrawing(null);
  }, [act, drawing]);
  const cancel = useCallback(() => {
    if (!drawing) return;
    act((s) => removeArea(s, drawing.id));
    setDrawing(null);
  }, [act, drawing]);

  useEscapeKey(drawing !== null, cancel);
  useEffect(
    function finishOnEnter() {
      if (!drawing) return;
      const onKeyDown = (e: KeyboardEvent) => {
        // Enter in a field or on a button is theirs; anywhere else (the map, the page) it ends the drawing
        const target = e.target as HTMLElement | null;
        const own = target?.closest('input, textarea, select, button, a, [role="button"]');
        if (e.key === 'Enter' && !e.defaultPrevented && !own) {
          e.preventDefault();
          finish();
        }
      };
      document.addEventListener('keydown', onKeyDown);
      return () => document.removeEventListener('keydown', onKeyDown);
    },
    [drawing, finish],
  );
  // an area taken away while drawn (removed, undone, a file opened) ends the mode
  const drawnGone = drawing !== null && verticesOf(drawing.id) === undefined;
  useEffect(
    function stopWhenAreaGone() {
      if (drawnGone) setDrawing(null);
    },
    [drawnGone],
  );
  return { drawing, start, addVertex, finish, cancel };
}
