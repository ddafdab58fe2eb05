// Wiring only: the default data and scenario, the map and the legend.
import { useMemo, useState } from 'react';
import { RangeMap, systemColor } from '../map';
import { Legend } from '../panels';
import { defaultScenario } from '../scenario';
import { DEFAULT_SYSTEMS } from './loadDefaultSystems';

export function App() {
  const { systems, problems } = DEFAULT_SYSTEMS;
  const [scenario] = useState(() => defaultScenario(systems));
  const shown = useMemo(
    () => systems.filter((s) => scenario.systemIds.includes(s.id)),
    [systems, scenario.systemIds],
  );
  const colorIndex = (id: string) => systems.findIndex((s) => s.id === id);
  const errors = problems.filter((p) => p.severity === 'error');
  return (
    <div className="app">
      <header className="app-header">
        <h1>{scenario.title}</h1>
        <p className="subtitle">
          Exact range rings on the WGS84 ellipsoid from {scenario.sites.map((s) => s.label).join(', ')}
        </p>
      </header>
      {errors.length > 0 && (
        <div className="notice" role="alert">
          {errors.map((p) => (
            <p key={`${p.line}:${p.field}:${p.message}`}>{p.message}</p>
          ))}
        </div>
      )}
      <main className="app-main">
        <RangeMap sites={scenario.sites} systems={shown} colorIndex={colorIndex} />
        <Legend systems={shown} units={scenario.units} colorOf={(id) => systemColor(colorIndex(id))} />
      </main>
    </div>
  );
}
