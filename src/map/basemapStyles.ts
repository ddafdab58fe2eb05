// Colours of the offline basemap per theme, all in one place (the canvas needs them as values, the CSS reads them
// as custom properties): quiet, low-chroma land and sea, so the Okabe–Ito ring colours keep the strongest contrast.
import type { PathOptions } from 'leaflet';
import type { Theme } from '../scenario';

export interface BasemapPalette {
  sea: string;
  land: string;
  border: string;
  label: string;
  /** Outline around label text, the colour of land, so names stay legible across borders and rings. */
  labelHalo: string;
  /** A launch point's name where it is drawn as text on the map (the globe, the distance map). */
  pointLabel: string;
  /** A marked place's name, and its diamond, drawn likewise. */
  markLabel: string;
  markFill: string;
}

export const BASEMAP_PALETTES: Record<Theme, BasemapPalette> = {
  // Sea a pale grey-blue that no ring colour resembles (#56B4E9 is far more saturated); land near white.
  light: {
    sea: '#d8e1e7',
    land: '#f4f2ee',
    border: '#b7b2a9',
    label: '#66625b',
    labelHalo: '#f4f2ee',
    pointLabel: '#1d1d1f',
    markLabel: '#333333',
    markFill: '#444444',
  },
  // Dark grey land on near-black sea: the rings' fills (8 % opacity) and strokes read as on a light map.
  // Names light on the dark land's halo, as dark ones are on the light.
  dark: {
    sea: '#15191d',
    land: '#2a2e33',
    border: '#4b5158',
    label: '#a3a9b0',
    labelHalo: '#2a2e33',
    pointLabel: '#f1f3f5',
    markLabel: '#e4e7ea',
    markFill: '#c5cad0',
  },
};

export function countryStyle(theme: Theme): PathOptions {
  const p = BASEMAP_PALETTES[theme];
  return { color: p.border, weight: 0.7, opacity: 1, fillColor: p.land, fillOpacity: 1, lineJoin: 'round' };
}

/** The class set on the map container for a theme; basemap.css styles the map's controls with it. */
export function basemapThemeClass(theme: Theme): string {
  return `basemap-${theme}`;
}
