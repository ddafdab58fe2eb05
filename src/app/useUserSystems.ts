// The user's own systems: read from a file, whether chosen in "Add or load systems" or dropped anywhere on the
// page (added up to the limit; a dropped file's report is a notice), removed one by one or all at once, undoably.
import { useCallback } from 'react';
import type { ParseResult, WeaponSystem } from '../data';
import { describeFileLoad } from '../panels';
import {
  addCustomSystem,
  customSystemFrom,
  MAX_CUSTOM_SYSTEMS,
  removeCustomSystemsUndoably,
  removeCustomSystemUndoably,
  resetSystems,
  type Scenario,
} from '../scenario';
import { DATA_IDS } from './loadDefaultSystems';
import type { Notify, Undo } from './useUndo';

/** Problems of a dropped systems file named in its notice; the rest are counted. */
const DROPPED_PROBLEMS_SHOWN = 5;

interface Options {
  customCount: number;
  act: (change: (s: Scenario) => Scenario) => void;
  remove: Undo['remove'];
  notice: Notify;
  /** The pointer was on a row that goes away: nothing stays highlighted. */
  unhighlight: () => void;
}

export function useUserSystems({ customCount, act, remove, notice, unhighlight }: Options) {
  const loadSystems = useCallback(
    (systems: WeaponSystem[], fileName: string) =>
      act((s) =>
        systems.reduce(
          (acc, system) => addCustomSystem(acc, customSystemFrom(system, fileName), DATA_IDS),
          s,
        ),
      ),
    [act],
  );
  const onSystemsDropped = useCallback(
    (parsed: ParseResult, fileName: string) => {
      const added = parsed.systems.slice(0, Math.max(0, MAX_CUSTOM_SYSTEMS - customCount));
      if (added.length > 0) loadSystems(added, fileName);
      const counts = {
        fileName,
        systemCount: parsed.systems.length,
        errorCount: parsed.problems.filter((p) => p.severity === 'error').length,
        warningCount: parsed.problems.filter((p) => p.severity === 'warning').length,
        addedCount: added.length,
        customBefore: customCount,
        maxCustom: MAX_CUSTOM_SYSTEMS,
      };
      const shown = parsed.problems.slice(0, DROPPED_PROBLEMS_SHOWN).map((p) => p.message);
      const more = parsed.problems.length - shown.length;
      notice(
        'open',
        [describeFileLoad(counts), ...shown, ...(more > 0 ? [`… and ${more} more`] : [])].join(' · '),
      );
    },
    [loadSystems, notice, customCount],
  );
  const onRemoveSystem = useCallback(
    (id: string) => {
      unhighlight();
      remove((s) => removeCustomSystemUndoably(s, id));
    },
    [remove, unhighlight],
  );
  const onResetSystems = useCallback(() => {
    unhighlight();
    // with no systems of the user's own there is nothing to undo; it still shows the data's systems if none is
    if (customCount === 0) act((s) => resetSystems(s, DATA_IDS));
    else remove((s) => removeCustomSystemsUndoably(s, DATA_IDS));
  }, [act, remove, customCount, unhighlight]);
  return { loadSystems, onSystemsDropped, onRemoveSystem, onResetSystems };
}
