// The page as App first renders it (header, map area, the panel's place), before React has loaded, so that the
// map drawn first has the size and place it keeps once App mounts. Its controls are stand-ins until then; App's
// first render replaces all of it. The app's page ships it in its HTML (pageShellPlugin), so the browser lays it
// out while the entry downloads, not in the entry's task before the first rings.
import type { Scenario } from '../scenario';
// not through the scenario's index: the page's build reads this file in Node (pageShellPlugin), where that
// index's data modules do not resolve
import { DEFAULT_TITLE } from '../scenario/defaultScenario.js';

export const SUBTITLE =
  'Exact range rings on the WGS84 ellipsoid. Ranges are approximate, as published; click the map to measure.';

/**
 * The page of the default scenario (light theme, its title), not usable before App mounts: `inert` keeps it out
 * of reach of the keyboard and of assistive technology.
 */
export const PAGE_SHELL_HTML = [
  '<div class="app theme-light" inert>',
  '<header class="app-header">',
  `<div class="header-title"><h1><bdi>${DEFAULT_TITLE}</bdi></h1><p class="subtitle">${SUBTITLE}</p></div>`,
  '<div class="header-actions">',
  '<span class="view-select"><label>View</label> <select><option>Map</option><option>Globe</option><option>Distance map</option></select></span>',
  '<div class="png-export"><button class="png-export-open" type="button">Export image</button></div>',
  '<div class="embed-dialog-root"><button class="embed-open" type="button">Embed</button></div>',
  '<button class="panel-toggle" type="button">Hide panel</button>',
  '</div>',
  '</header>',
  '<main class="app-main">',
  '<div class="map-wrap"><div class="range-map"></div><button class="fit-button" type="button">Fit rings</button></div>',
  '<aside class="side-panel open" aria-busy="true"></aside>',
  '</main>',
  '</div>',
].join('');

/** The page shell shipped in `root`, else null. */
function shippedShell(root: HTMLElement): HTMLElement | null {
  const page = root.firstElementChild;
  return page instanceof HTMLElement && page.matches('.app[inert]') && root.childNodes.length === 1
    ? page
    : null;
}

/** Empties `root` of the page shell shipped in it, for a page App draws as a whole (the globe, an embedded map). */
export function removePageShell(root: HTMLElement): void {
  if (shippedShell(root)) root.replaceChildren();
}

/**
 * Makes `root` hold the page of a scenario shown on the map (not embedded, panel open): the page shipped in the
 * HTML when it is there, else a new one; returns the map's element.
 */
export function pageShell(root: HTMLElement, scenario: Scenario): HTMLElement {
  let page = shippedShell(root);
  if (!page) {
    root.innerHTML = PAGE_SHELL_HTML;
    page = root.firstElementChild as HTMLElement;
  }
  const theme = `app theme-${scenario.theme}`;
  if (page.className !== theme) page.className = theme;
  const title = page.querySelector('h1') as HTMLElement;
  // isolated, as App writes it; an empty title leaves the heading empty
  if (title.textContent !== scenario.title) {
    const bdi = document.createElement('bdi');
    bdi.textContent = scenario.title;
    title.replaceChildren(...(scenario.title ? [bdi] : []));
  }
  return page.querySelector('.range-map') as HTMLElement;
}
