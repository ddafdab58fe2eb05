// Undo for what would otherwise lose the user's work: removing a launch point or a system of their own,
// moving a launch point (a drag, or arrow keys pressed one after another), and replacing the whole map by
// opening or dropping a file. Each step shows a notice with an "Undo" button; Ctrl+Z
// (⌘Z) undoes too, outside text fields, which keep their own undo. Steps stack, the last 20 are kept, in the
// history entry: Back, Forward and a reload keep them.
import { useCallback, useEffect, useRef } from 'react';
import { areaName, type Removal, type RemovalResult, type Scenario } from '../scenario';
import { DATA_IDS } from './loadDefaultSystems';
import type { Notice } from './Notices';
import { keepUndoSteps, readUndoSteps, type UndoStep, undoStep } from './undoSteps';

export type Notify = (id: string, message: string | null, action?: Notice['action']) => void;

const KEPT_STEPS = 20;
/** Moves of the same launch point this close together are one step: arrow keys pressed in a row. */
const ONE_MOVE_MS = 1500;
const NOTICE_ID = 'undo';

export interface Undo {
  /** Applies a removal to the current scenario and keeps it for undo. */
  remove: (change: (s: Scenario) => RemovalResult) => void;
  /** Keeps launch point `id` as it is now for undo: call it before the scenario takes the point's new place. */
  moving: (id: string) => void;
  /** Replaces the scenario, keeping the one before for undo. */
  replace: (next: Scenario, message: string) => void;
  /** Undoes the last step; false when there is none. */
  undo: () => boolean;
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

  const undo = useCallback((): boolean => {
    const step = steps.current?.pop();
    if (!step) return false;
    keepUndoSteps(steps.current ?? []);
    const back = undoStep(step, current.current);
    current.current = back;
    update(() => back);
    onRestored?.(back);
    showTop();
    return true;

    function showTop() {
      const top = steps.current?.at(-1);
      notify(NOTICE_ID, top ? top.message : null, top ? { label: 'Undo', run: undo } : undefined);
    }
  }, [update, notify, onRestored]);

  const push = useCallback(
    (step: UndoStep, next?: Scenario) => {
      steps.current = [...(steps.current ?? []).slice(-(KEPT_STEPS - 1)), step];
      keepUndoSteps(steps.current);
      if (next) {
        current.current = next;
        update(() => next);
      }
      notify(NOTICE_ID, step.message, { label: 'Undo', run: undo });
    },
    [update, notify, undo],
  );

  const lastMove = useRef({ id: '', at: -Infinity });
  const moving = useCallback(
    (id: string) => {
      const site = current.current.sites.find((s) => s.id === id);
      if (!site) return;
      const now = performance.now();
      const top = steps.current?.at(-1);
      const again = top && 'moved' in top && top.moved.id === id && now - lastMove.current.at < ONE_MOVE_MS;
      lastMove.current = { id, at: now };
      if (!again) push({ message: `Moved ${site.label}.`, moved: site });
    },
    [push],
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
        if (!(e.key === 'z' || e.key === 'Z') || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
        if (isTextEntry(e.target)) return; // the field's own undo
        if (undo()) e.preventDefault();
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    [undo],
  );

  return { remove, moving, replace, undo };
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

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
}
