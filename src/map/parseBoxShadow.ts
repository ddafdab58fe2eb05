// A computed CSS `box-shadow` read into numbers, for drawing it on a canvas (pictureStillMarkers). The export's
// drawTextLabels reads text shadows alike: it reads the map's folder only through its index, which loads Leaflet.

export interface Shadow {
  color: string;
  x: number;
  y: number;
  blur: number;
  spread: number;
}

/**
 * The outer shadows of a computed `box-shadow` ("rgba(0, 0, 0, 0.4) 0px 1px 3px 0px, …"; "none": none), in CSS
 * pixels; inset ones are left out (a name's box is opaque).
 *
 * @example
 * parseBoxShadow('rgb(255, 255, 255) 0px 0px 0px 2px'); // [{ color: 'rgb(255, 255, 255)', x: 0, y: 0, blur: 0, spread: 2 }]
 */
export function parseBoxShadow(value: string): Shadow[] {
  if (!value || value === 'none') return [];
  const shadows: Shadow[] = [];
  for (const part of value.split(/,(?![^(]*\))/)) {
    if (/\binset\b/.test(part)) continue;
    const color = part.match(/(rgba?|hsla?|lab|lch|oklab|oklch|color)\([^)]*\)|#[0-9a-f]+|\b[a-z]+\b/i)?.[0];
    const lengths = [...part.replace(color ?? '', '').matchAll(/-?[\d.]+(?:px)?/g)].map((l) =>
      Number.parseFloat(l[0]),
    );
    shadows.push({
      color: color ?? 'currentcolor',
      x: lengths[0] ?? 0,
      y: lengths[1] ?? 0,
      blur: lengths[2] ?? 0,
      spread: lengths[3] ?? 0,
    });
  }
  return shadows;
}
