// What the map on screen and the export's frame draw alike, read from the scenario in one place: the view and
// its frame cannot be handed different scenes.
import type { LonLat } from '../geo';
import type { RingSystem } from '../map';
import type { Scenario } from '../scenario';

export interface SceneInputs {
  scenario: Scenario;
  systems: RingSystem[];
  probe: LonLat | null;
  probeName: string | null;
  labelOf: (system: RingSystem) => string;
}

/** The props the globe and the distance map take, on screen and in the export's frame. */
export function trueShapeScene({ scenario, systems, probe, probeName, labelOf }: SceneInputs) {
  return {
    projection: scenario.projection === 'distance' ? ('distance' as const) : ('globe' as const),
    sites: scenario.sites,
    systems,
    ...(scenario.marks ? { marks: scenario.marks } : {}),
    ...(scenario.centreSiteId ? { centreSiteId: scenario.centreSiteId } : {}),
    view: scenario.view,
    theme: scenario.theme,
    unit: scenario.units,
    ...(scenario.areas ? { areas: scenario.areas } : {}),
    probe,
    probeName,
    labelOf,
  };
}

/** Whether the scenario is shown on the globe or the distance map rather than the Leaflet map. */
export function showsTrueShape(scenario: Scenario): boolean {
  return scenario.projection === 'globe' || scenario.projection === 'distance';
}
