// The marks' wiring: the "Click the map to mark" mode (Escape leaves it), what the map's marks do when dragged,
// removed (undoably) or clicked (their distances are shown as a probed, named point), and adding by name.
import { useCallback, useMemo, useState } from 'react';
import type { LonLat } from '../geo';
import type { MarksLayerProps } from '../map';
import {
  addMark,
  type Mark,
  moveMark,
  type RemovalResult,
  removeMarkUndoably,
  type Scenario,
} from '../scenario';
import { useEscapeKey } from './useEscapeKey';

const NO_MARKS: readonly Mark[] = [];

interface MarksWiring {
  scenario: Scenario;
  act: (change: (s: Scenario) => Scenario) => void;
  remove: (removal: (s: Scenario) => RemovalResult) => void;
  showProbe: (lonLat: LonLat | null, name?: string) => void;
}

export function useMarks({ scenario, act, remove, showProbe }: MarksWiring) {
  const [markOnClick, setMarkOnClick] = useState(false);
  useEscapeKey(markOnClick, () => setMarkOnClick(false));
  const onAddMark = useCallback(
    (lonLat: LonLat, label?: string) => act((s) => addMark(s, lonLat, label)),
    [act],
  );
  const onRemoveMark = useCallback((id: string) => remove((s) => removeMarkUndoably(s, id)), [remove]);
  const marks = scenario.marks ?? NO_MARKS;
  const layer: MarksLayerProps = useMemo(
    () => ({
      marks,
      onMove: (id, lonLat) => act((s) => moveMark(s, id, lonLat)),
      onRemove: onRemoveMark,
      onSelect: (mark) => showProbe(mark.lonLat, mark.label),
    }),
    [marks, act, onRemoveMark, showProbe],
  );
  /** A click on the map in the marking mode: a mark there, labelled with its coordinates, and the mode ends. */
  const markAt = useCallback(
    (lonLat: LonLat) => {
      onAddMark(lonLat);
      setMarkOnClick(false);
    },
    [onAddMark],
  );
  return { markOnClick, setMarkOnClick, onAddMark, onRemoveMark, layer, markAt };
}
