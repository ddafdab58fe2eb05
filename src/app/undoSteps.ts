// Undo steps as plain data, kept in the history entry (history.state) so that they survive Back and Forward and a
// reload within the tab, and belong to the page they were made on. What is read back passes through restore().
import {
  isRecord,
  own,
  putSiteBack,
  type Removal,
  restore,
  type Scenario,
  type Site,
  undoRemoval,
} from '../scenario';

/** One undoable step: a removal to put back, a launch point as it was before a move, or the whole map before it was replaced. */
export type UndoStep = { message: string } & ({ removal: Removal } | { moved: Site } | { before: Scenario });

const STATE_KEY = 'range-rings:undo';
/** Where the steps an undo took back are kept for redo: each the whole map as it was before that undo. */
const REDO_KEY = 'range-rings:redo';

/** The scenario with the step undone. */
export function undoStep(step: UndoStep, s: Scenario): Scenario {
  if ('removal' in step) return undoRemoval(s, step.removal);
  return 'moved' in step ? putSiteBack(s, step.moved) : step.before;
}

/** Keeps the steps in the current history entry, beside what else it holds; never throws. */
export function keepUndoSteps(steps: readonly UndoStep[], key: string = STATE_KEY): void {
  const write = (value: readonly UndoStep[]) => {
    const state = isRecord(window.history.state) ? window.history.state : {};
    window.history.replaceState({ ...state, [key]: value }, '', window.location.href);
  };
  try {
    write(steps);
  } catch {
    // too large for the history entry, or refused: undo still works until the page is left, and the entry
    // keeps no older steps, which a reload would bring back out of turn
    try {
      write([]);
    } catch {
      // refused outright: nothing is kept
    }
  }
}

/** Keeps the redo steps (each the map before an undo) in the current history entry; never throws. */
export function keepRedoSteps(steps: readonly UndoStep[]): void {
  keepUndoSteps(steps, REDO_KEY);
}

/** The redo steps kept in the current history entry, each checked. */
export function readRedoSteps(systemIds: readonly string[]): UndoStep[] {
  return readUndoSteps(systemIds, REDO_KEY).filter((step) => 'before' in step);
}

/** The steps kept in the current history entry, each checked; those that do not read are dropped. */
export function readUndoSteps(systemIds: readonly string[], key: string = STATE_KEY): UndoStep[] {
  let value: unknown;
  try {
    value = isRecord(window.history.state) ? own(window.history.state, key) : undefined;
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const step = readStep(item, systemIds);
    return step ? [step] : [];
  });
}

function readStep(item: unknown, systemIds: readonly string[]): UndoStep | null {
  if (!isRecord(item)) return null;
  const message = own(item, 'message');
  if (typeof message !== 'string') return null;
  const before = own(item, 'before');
  if (before !== undefined) {
    const restored = restore(before, { systemIds });
    return restored.problems.length ? null : { message, before: restored.scenario };
  }
  const moved = own(item, 'moved');
  if (moved !== undefined) {
    const read = restore({ sites: [moved] }, { systemIds });
    const site = read.scenario.sites[0];
    return site && read.problems.length === 0 ? { message, moved: site } : null;
  }
  const removal =
    readRemoval(own(item, 'removal'), systemIds) ?? readSystemsRemoval(own(item, 'removal'), systemIds);
  return removal ? { message, removal } : null;
}

function readRemoval(value: unknown, systemIds: readonly string[]): Removal | null {
  if (!isRecord(value)) return null;
  const index = own(value, 'index');
  if (!Number.isInteger(index) || (index as number) < 0) return null;
  const kind = own(value, 'kind');
  if (kind === 'site') {
    const site = restore({ sites: [own(value, 'site')] }, { systemIds }).scenario.sites[0];
    return site ? { kind, site, index: index as number } : null;
  }
  if (kind === 'mark') {
    const mark = restore({ marks: [own(value, 'mark')] }, { systemIds }).scenario.marks?.[0];
    return mark ? { kind, mark, index: index as number } : null;
  }
  if (kind === 'area') {
    const area = restore({ areas: [own(value, 'area')] }, { systemIds }).scenario.areas?.[0];
    return area ? { kind, area, index: index as number } : null;
  }
  if (kind === 'system') {
    const system = restore({ customSystems: [own(value, 'system')] }, { systemIds }).scenario
      .customSystems[0];
    const shownAt = own(value, 'shownAt');
    if (!system || !(shownAt === null || (Number.isInteger(shownAt) && (shownAt as number) >= 0)))
      return null;
    const color = own(value, 'color');
    return {
      kind,
      system,
      index: index as number,
      shownAt: shownAt as number | null,
      ...(typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? { color } : {}),
    };
  }
  return null;
}

/** "Back to the default data": several systems of the user's own, and the systems shown before. */
function readSystemsRemoval(value: unknown, systemIds: readonly string[]): Removal | null {
  if (!isRecord(value) || own(value, 'kind') !== 'systems') return null;
  const parts = own(value, 'removals');
  const shown = own(value, 'systemIds');
  if (!Array.isArray(parts) || !Array.isArray(shown) || !shown.every((id) => typeof id === 'string'))
    return null;
  const removals = parts.map((part) => readRemoval(part, systemIds));
  if (!removals.every((r) => r?.kind === 'system')) return null;
  return { kind: 'systems', removals: removals as Extract<Removal, { kind: 'system' }>[], systemIds: shown };
}
