// The page as App first renders it (header, map area, the panel's place), made with the DOM before React has
// loaded, so that the map drawn first has the size and place it keeps once App mounts. Its controls are
// stand-ins until then; App's first render replaces all of it.
import type { Scenario } from '../scenario';

export const SUBTITLE =
  'Exact range rings on the WGS84 ellipsoid. Ranges are approximate, as published; click the map to measure.';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  made.append(...children);
  return made;
}

function button(className: string, text: string): HTMLButtonElement {
  const made = element('button', className, text);
  made.type = 'button';
  return made;
}

/** Fills `root` with the page of a scenario shown on the map (not embedded, panel open); returns the map's element. */
export function pageShell(root: HTMLElement, scenario: Scenario): HTMLElement {
  const title = element('h1', '');
  if (scenario.title) title.append(element('bdi', '', scenario.title));
  const view = element('select', '');
  for (const label of ['Map', 'Globe', 'Distance map']) view.append(element('option', '', label));
  const actions = element(
    'div',
    'header-actions',
    element('span', 'view-select', element('label', '', 'View'), ' ', view),
    element('div', 'png-export', button('png-export-open', 'Export image')),
    element('div', 'embed-dialog-root', button('embed-open', 'Embed')),
    button('panel-toggle', 'Hide panel'),
  );
  const map = element('div', 'range-map');
  const panel = element('aside', 'side-panel open');
  panel.setAttribute('aria-busy', 'true');
  const page = element(
    'div',
    `app theme-${scenario.theme}`,
    element(
      'header',
      'app-header',
      element('div', 'header-title', title, element('p', 'subtitle', SUBTITLE)),
      actions,
    ),
    element('main', 'app-main', element('div', 'map-wrap ', map, button('fit-button', 'Fit rings')), panel),
  );
  // not usable before App mounts: kept out of reach of the keyboard and of assistive technology
  page.inert = true;
  root.replaceChildren(page);
  return map;
}
