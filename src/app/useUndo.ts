// Undo for what would otherwise lose the user's work: removing a launch point or a system of their own, moving
// a launch point, and replacing the whole map by opening or dropping a file. Each step shows a notice with an "Undo" button; Ctrl+Z
// (⌘Z) undoes too, outside text fields, which keep their own undo, and Ctrl+Shift+Z or Ctrl+Y (⇧⌘Z) redoes
// what an undo took back, until the map is changed otherwise (a pan or a zoom aside). Steps stack, the last 20
// are kept, in the history entry: Back, Forward and a reload keep them.
import { useCallback, useEffect, useRef } from 'react';
import { areaName, type Removal, type RemovalResult, type Scenario, type Site } from '../scenario';
import { DATA_IDS } from './loadDefaultSystems';
import type { Notice } from './Notices';
import {
  keepRedoSteps,
  keepUndoSteps,
  readRedoSteps,
  readUndoSteps,
  type UndoStep,
  undoStep,
} from './undoSteps';

export type Notify = (id: string, message: string | null, action?: Notice['action']) => void;

const KEPT_STEPS = 20;
const NOTICE_ID = 'undo';

export interface Undo {
  /** Applies a removal to the current scenario and keeps it for undo. */
  remove: (change: (s: Scenario) => RemovalResult) => void;
  /** Replaces the scenario, keeping the one before for undo. */
  replace: (next: Scenario, message: string) => void;
  /**
   * Keeps a launch point's move for undo, given the point as it was before; the scenario already holds the
   * move. Moves of one point in a row (arrow-key steps, drags) are one step, back to where the first began.
   */
  moved: (before: Site) => void;
  /** Undoes the last step; false when there is none. */
  undo: () => boolean;
  /** Does again what the last undo took back, if the map has not changed since; false when there is none. */
  redo: () => boolean;
}

export function useUndo(
  scenario: Scenario,
  update: (change: (s: Scenario) => Scenario) => void,
  notify: Notify,
  onRestored?: (s: Scenario) => void,
): Undo {
  const current = useRef(scenario);
  current.current = scenario;
  const steps = useRef<UndoStep[] | null>(null);
  steps.current ??= readUndoSteps(DATA_IDS);
  // each the whole map as it was before an undo, under that step's message
  const redoSteps = useRef<UndoStep[] | null>(null);
  redoSteps.current ??= readRedoSteps(DATA_IDS);
  /** The map as the last undo or redo left it (at first, as the page opened with its kept steps). */
  const restored = useRef(scenario);

  const undo = useCallback((): boolean => {
    const step = steps.current?.pop();
    if (!step) return false;
    keepUndoSteps(steps.current ?? []);
    const before = current.current;
    redoSteps.current = [
      ...(redoSteps.current ?? []).slice(-(KEPT_STEPS - 1)),
      { message: step.message, before },
    ];
    keepRedoSteps(redoSteps.current);
    const back = undoStep(step, before);
    current.current = back;
    restored.current = back;
    update(() => back);
    onRestored?.(back);
    showTop();
    return true;

    function showTop() {
      const top = steps.current?.at(-1);
      notify(NOTICE_ID, top ? top.message : null, top ? { label: 'Undo', run: undo } : undefined);
    }
  }, [update, notify, onRestored]);

  const keep = useCallback(
    (step: UndoStep) => {
      steps.current = [...(steps.current ?? []).slice(-(KEPT_STEPS - 1)), step];
      keepUndoSteps(steps.current);
      notify(NOTICE_ID, step.message, { label: 'Undo', run: undo });
    },
    [notify, undo],
  );

  const redo = useCallback((): boolean => {
    const step = redoSteps.current?.pop();
    if (!step) return false;
    keepRedoSteps(redoSteps.current ?? []);
    const before = current.current;
    // the map as it was before the undo, seen as it is now (a pan or a zoom since kept)
    const next = { ...undoStep(step, before), view: before.view };
    // undone again as a whole: the map as it was before this redo
    keep({ message: step.message, before });
    current.current = next;
    restored.current = next;
    update(() => next);
    onRestored?.(next);
    return true;
  }, [keep, update, onRestored]);

  useEffect(
    function forgetRedoOnAnotherChange() {
      if (scenario === restored.current || (redoSteps.current ?? []).length === 0) return;
      // a pan or a zoom (the map showing a point put back, too) leaves what was undone to redo
      if (sameButView(scenario, restored.current)) {
        restored.current = scenario;
        return;
      }
      // another change of the map: what was undone stays undone
      redoSteps.current = [];
      keepRedoSteps([]);
    },
    [scenario],
  );

  const push = useCallback(
    (step: UndoStep, next: Scenario) => {
      current.current = next;
      update(() => next);
      keep(step);
    },
    [update, keep],
  );

  const moved = useCallback(
    (before: Site) => {
      const top = steps.current?.at(-1);
      // still the same move: its step stands, offered again in case its notice was dismissed
      if (top && 'moved' in top && top.moved.id === before.id)
        notify(NOTICE_ID, top.message, { label: 'Undo', run: undo });
      else keep({ message: `Moved ${before.label}.`, moved: before });
    },
    [keep, notify, undo],
  );

  const remove = useCallback(
    (change: (s: Scenario) => RemovalResult) => {
      const { scenario: next, removal } = change(current.current);
      if (!removal) return;
      push({ message: removalMessage(removal), removal }, next);
    },
    [push],
  );

  const replace = useCallback(
    (next: Scenario, message: string) => {
      const before = current.current;
      push({ message, before }, next);
    },
    [push],
  );

  const offered = useRef(false);
  useEffect(
    function offerKeptSteps() {
      // steps kept in this history entry (after Back, Forward or a reload) are offered as they were, once
      if (offered.current) return;
      offered.current = true;
      const top = steps.current?.at(-1);
      if (top) notify(NOTICE_ID, top.message, { label: 'Undo', run: undo });
    },
    [notify, undo],
  );

  useEffect(
    function undoWithKeyboard() {
      const onKey = (e: KeyboardEvent) => {
        if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
        const key = e.key.toLowerCase();
        const isUndo = key === 'z' && !e.shiftKey;
        const isRedo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
        if (!isUndo && !isRedo) return;
        if (isTextEntry(e.target)) return; // the field's own undo and redo
        if (isUndo ? undo() : redo()) e.preventDefault();
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    [undo, redo],
  );

  return { remove, replace, moved, undo, redo };
}

/** "Removed Kharkiv.", or for several systems at once "Removed 3 systems of your own: A, B, C." */
export function removalMessage(removal: Removal): string {
  if (removal.kind === 'site') return `Removed ${removal.site.label}.`;
  if (removal.kind === 'system') return `Removed ${removal.system.name}.`;
  if (removal.kind === 'mark') return `Removed the mark ${removal.mark.label}.`;
  if (removal.kind === 'area') return `Removed the launch area ${areaName(removal.area)}.`;
  const names = removal.removals.map((r) => r.system.name);
  const count = names.length === 1 ? 'the system of your own' : `${names.length} systems of your own`;
  return `Removed ${count}: ${names.join(', ')}.`;
}

/** Whether two scenarios differ in their view at most (every other field the same value, as an update keeps it). */
function sameButView(a: Scenario, b: Scenario): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Scenario)[]);
  for (const key of keys) if (key !== 'view' && a[key] !== b[key]) return false;
  return true;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
}
