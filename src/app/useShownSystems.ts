// The systems of the moment, derived from the scenario: every entry the panel lists (the data's and the user's),
// those shown, the same as the map's ring systems, and a ring's label in the scenario's unit.
import { useCallback, useMemo } from 'react';
import type { RingSystem } from '../map';
import { formatRange, type Scenario } from '../scenario';
import { DEFAULT_SYSTEMS } from './loadDefaultSystems';
import { ringSystemOf } from './ringSystemOf';
import { systemEntries } from './systemEntries';

export function useShownSystems(scenario: Scenario) {
  const data = DEFAULT_SYSTEMS.systems;
  const entries = useMemo(
    () => systemEntries(data, scenario.customSystems, scenario.colors),
    [data, scenario.customSystems, scenario.colors],
  );
  const shown = useMemo(
    () => entries.filter((e) => scenario.systemIds.includes(e.id)),
    [entries, scenario.systemIds],
  );
  const ringSystems: RingSystem[] = useMemo(() => shown.map(ringSystemOf), [shown]);
  const labelOf = useCallback(
    (system: RingSystem) => {
      const entry = entries.find((e) => e.id === system.systemId);
      return `${system.name} · ${formatRange(entry ?? system, scenario.units)}`;
    },
    [scenario.units, entries],
  );
  return { entries, shown, ringSystems, labelOf };
}
