// The first frame without waiting for Leaflet or React: the start scenario is read, the page laid out as App
// lays it out (pageShell) and the map's first picture, its basemap and its rings, drawn in it (drawFirstPicture);
// Leaflet's map then takes the picture over (takeOverPicture), and App mounts around that same map. Only for
// what App shows as a plain map: an embedded map, the globe and distance views, OpenStreetMap tiles and launch
// areas (whose reach is computed in a worker) wait for App as before, and so does a map of more than
// RENDER_RINGS_MAX rings, which App makes in slices between frames (RingJob) where drawing them here would hold
// the page in one task (the heaviest map's 2,650 rings: seconds).
import { isEmbedPage, readEmbedOptions } from '../embed';
import { drawFirstPicture, RENDER_RINGS_MAX } from '../map';
import { DATA_IDS, DEFAULT_SYSTEMS } from './loadDefaultSystems';
import { pageShell } from './pageShell';
import { ringSystemOf } from './ringSystemOf';
import { keepFirstStart, safeStorages, startScenario } from './startScenario';
import { systemEntries } from './systemEntries';

/** Draws the map's first picture in `root` when the page shows a plain map; false when it is left to App. */
export function drawFirstRings(root: HTMLElement): boolean {
  if (readEmbedOptions(window.location.search, isEmbedPage()).embed) return false;
  const start = startScenario(DATA_IDS, safeStorages());
  keepFirstStart(start);
  const scenario = start.scenario;
  const plainMap =
    (scenario.projection ?? 'map') === 'map' &&
    scenario.basemap === 'offline' &&
    (scenario.areas ?? []).length === 0;
  if (!plainMap) return false;
  const systems = systemEntries(DEFAULT_SYSTEMS.systems, scenario.customSystems, scenario.colors)
    .filter((e) => scenario.systemIds.includes(e.id))
    .map(ringSystemOf);
  if (scenario.sites.length * systems.length > RENDER_RINGS_MAX) return false;
  const mapElement = pageShell(root, scenario);
  try {
    drawFirstPicture(mapElement, {
      sites: scenario.sites,
      systems,
      view: scenario.view,
      marks: scenario.marks ?? [],
      theme: scenario.theme,
    });
  } catch (error) {
    root.replaceChildren();
    throw error;
  }
  return true;
}
