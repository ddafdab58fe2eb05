// The map's container takes its theme's class and palette (the sea is its background; label colours are CSS
// variables), from the first drawing of the map on.

import type { Theme } from '../scenario';
import { BASEMAP_PALETTES, basemapThemeClass } from './basemapStyles';

/** Sets the theme on the map's container; the function returned takes its class away again. */
export function applyMapTheme(container: HTMLElement, theme: Theme): () => void {
  const palette = BASEMAP_PALETTES[theme];
  const className = basemapThemeClass(theme);
  container.classList.add('basemap', className);
  container.style.setProperty('--basemap-sea', palette.sea);
  container.style.setProperty('--basemap-label', palette.label);
  container.style.setProperty('--basemap-label-halo', palette.labelHalo);
  return () => container.classList.remove(className);
}
