// The basemap credit for an exported image, as plain text: what the map's attribution control shows (it follows
// the basemap actually drawn, e.g. after a fallback), else the credit of the chosen basemap.
import type { BasemapId } from '../scenario';

const CREDITS: Record<BasemapId, string> = {
  offline: 'Basemap: Natural Earth',
  osm: 'Basemap: © OpenStreetMap contributors',
};

/**
 * The attribution text of the map inside `container`, whitespace tidied, or the basemap's own credit.
 *
 * @example
 * pngAttribution(document.querySelector('.range-map'), 'offline'); // 'Leaflet | Basemap: Natural Earth'
 * pngAttribution(null, 'osm');                                     // 'Basemap: © OpenStreetMap contributors'
 */
export function pngAttribution(container: HTMLElement | null, basemap: BasemapId): string {
  const shown = container?.querySelector('.leaflet-control-attribution')?.textContent ?? '';
  return shown.replace(/\s+/g, ' ').trim() || CREDITS[basemap];
}
