// The scenarios every export test runs through: the default map and the edge cases of an export (a ring
// across 180°, a ring around the North Pole, two launch points, names full of markup, a ring with a hole),
// each with the systems it shows.
import { readFileSync } from 'node:fs';
import { drawsBand, parseSystems, type WeaponSystem } from '../../src/data';
import type { SystemEntry } from '../../src/panels';
import {
  addCustomSystem,
  addSite,
  defaultScenario,
  removeSite,
  restore,
  type Scenario,
  setTitle,
  setUnits,
  toggleSystem,
} from '../../src/scenario';

const systemsText = readFileSync(new URL('../../data/systems.json', import.meta.url), 'utf8');
export const DATA_SYSTEMS: WeaponSystem[] = parseSystems(systemsText, { fileName: 'systems.json' }).systems;
export const CONTEXT = { systemIds: DATA_SYSTEMS.map((s) => s.id) };

// The app's palette (src/map/systemColor.ts), written out: importing src/map would load Leaflet, which needs a DOM.
const COLORS = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

/** The systems a scenario shows, as the app lists them (src/app/systemEntries.ts): data first, then custom. */
export function shownSystems(scenario: Scenario): SystemEntry[] {
  const all: SystemEntry[] = [
    ...DATA_SYSTEMS.map((s) => ({
      id: s.id,
      name: s.name,
      rangeKm: s.rangeKm,
      ...(s.rangeMinKm !== undefined ? { rangeMinKm: s.rangeMinKm } : {}),
      ...(s.rangeMaxKm !== undefined ? { rangeMaxKm: s.rangeMaxKm } : {}),
      ...(s.rangeMi !== undefined ? { rangeMi: s.rangeMi } : {}),
      ...(s.type !== undefined ? { type: s.type } : {}),
      ...(s.variant !== undefined ? { variant: s.variant } : {}),
      ...(s.note !== undefined ? { note: s.note } : {}),
      sources: s.sources,
      custom: false,
      color: '',
    })),
    ...scenario.customSystems.map((c) => ({
      id: c.id,
      name: c.name,
      rangeKm: c.rangeKm,
      sources: c.source ? [{ title: c.source, publisher: c.source }] : [],
      custom: true,
      color: '',
    })),
  ];
  return all
    .map((s, i) => ({ ...s, color: COLORS[i % COLORS.length] as string }))
    .filter((s) => scenario.systemIds.includes(s.id));
}

export interface ExportCase {
  name: string;
  scenario: Scenario;
  systems: SystemEntry[];
}

const base = defaultScenario(DATA_SYSTEMS);
const only = (s: Scenario, ids: string[]) => ({ ...s, systemIds: ids });
const movedTo = (s: Scenario, lonLat: [number, number], label: string) =>
  addSite(removeSite(s, 's1'), lonLat, label);

const scenarios: [string, Scenario][] = [
  ['default', base],
  ['antimeridian-fiji', setUnits(only(movedTo(base, [178.4419, -18.1416], 'Suva'), ['tomahawk']), 'mi')],
  ['covers-north-pole-svalbard', only(movedTo(base, [15.6356, 78.2232], 'Longyearbyen'), ['tomahawk'])],
  ['two-sites', setUnits(addSite(base, [30.5234, 50.4501], 'Kyiv'), 'nmi')],
  [
    'markup-in-names',
    setTitle(
      toggleSystem(
        addSite(
          addCustomSystem(
            base,
            { name: 'Fateh <b>&"', rangeKm: 300, source: 'R&D "weekly" <i>' },
            CONTEXT.systemIds,
          ),
          [35.0, 48.5],
          "<script>alert('x')</script> & Co",
        ),
        'tomahawk',
        false,
      ),
      'Rings <b>&amp; "quotes"</b>',
    ),
  ],
  // 19,900 km from Kyiv reaches all but a small disk around the antipode: a polygon with a hole.
  [
    'near-antipodal-hole',
    only(
      addCustomSystem(
        movedTo(base, [30.5234, 50.4501], 'Kyiv'),
        { name: 'Far', rangeKm: 19_900 },
        CONTEXT.systemIds,
      ),
      ['custom-far'],
    ),
  ],
];

/** Every case, each scenario checked to be one restore() accepts as it is. */
export const EXPORT_CASES: ExportCase[] = scenarios.map(([name, scenario]) => {
  const restored = restore(scenario, CONTEXT);
  if (restored.problems.length > 0) throw new Error(`${name}: ${JSON.stringify(restored.problems)}`);
  return { name, scenario, systems: shownSystems(scenario) };
});

/** The case of that name. */
export function exportCase(name: string): ExportCase {
  const found = EXPORT_CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no export case ${name}`);
  return found;
}

/** The rings, published bands and launch points an export writes (features in GeoJSON, placemarks in KML). */
export function ringFeatureCounts(
  scenario: Scenario,
  systems: readonly SystemEntry[],
): { rings: number; bands: number; points: number; all: number } {
  const rings = scenario.sites.length * systems.length;
  const bands = scenario.sites.length * systems.filter(drawsBand).length;
  const points = scenario.sites.length;
  return { rings, bands, points, all: rings + bands + points };
}
