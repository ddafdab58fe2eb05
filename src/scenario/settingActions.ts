// Verbs over the settings of a scenario: units, view, title, theme and basemap. Each returns a new scenario;
// a value the scenario cannot hold (an unknown unit, a zoom of 30) returns it unchanged.
import { checkView } from './checkLonLat';
import { MAX_TITLE_LENGTH } from './limits';
import { plainText } from './plainText';
import type { BasemapId, DistanceUnit, MapView, Projection, Scenario, Theme } from './types';
import { noteViewOrigin, type ViewOrigin } from './viewOrigin';

/**
 * Sets the unit distances are shown in; the rings themselves do not change.
 *
 * @example
 * setUnits(s, 'nmi').units; // 'nmi'
 */
export function setUnits(s: Scenario, units: DistanceUnit): Scenario {
  return units === 'km' || units === 'mi' || units === 'nmi' ? { ...s, units } : s;
}

/**
 * Sets the map view; null fits the view to all rings. A longitude outside ±180 is wrapped. A view a map
 * reported of its own moves carries the map's `origin` (see viewOrigin).
 *
 * @example
 * setView(s, { center: [36.23, 49.99], zoom: 6 });
 * setView(s, null);
 */
export function setView(s: Scenario, view: MapView | null, origin?: ViewOrigin): Scenario {
  if (view === null) return { ...s, view: null };
  const checked = checkView(view.center?.[0], view.center?.[1], view.zoom);
  if ('reason' in checked) return s;
  if (origin) noteViewOrigin(checked.view, origin);
  return { ...s, view: checked.view };
}

/**
 * Sets the title as plain text on one line, cut to 120 characters; it may be empty.
 *
 * @example
 * setTitle(s, 'Which cities ATACMS reach').title;
 */
export function setTitle(s: Scenario, title: string): Scenario {
  return { ...s, title: plainText(typeof title === 'string' ? title : '', MAX_TITLE_LENGTH).text };
}

/**
 * Sets the colour theme.
 *
 * @example
 * setTheme(s, 'dark').theme; // 'dark'
 */
export function setTheme(s: Scenario, theme: Theme): Scenario {
  return theme === 'light' || theme === 'dark' ? { ...s, theme } : s;
}

/**
 * Sets the basemap: `offline` (bundled) or `osm` (online tiles).
 *
 * @example
 * setBasemap(s, 'osm').basemap; // 'osm'
 */
export function setBasemap(s: Scenario, basemap: BasemapId): Scenario {
  return basemap === 'offline' || basemap === 'osm' ? { ...s, basemap } : s;
}

/**
 * Sets how the map is drawn: `map`, `globe` or `distance`. The map (the default) is stored as no field.
 *
 * @example
 * setProjection(s, 'globe').projection; // 'globe'
 * setProjection(s, 'map').projection;   // undefined
 */
export function setProjection(s: Scenario, projection: Projection): Scenario {
  if (projection !== 'map' && projection !== 'globe' && projection !== 'distance') return s;
  const { projection: _old, ...rest } = s;
  return projection === 'map' ? rest : { ...rest, projection };
}
