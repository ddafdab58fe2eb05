// Colours as exports write them: '#rrggbb' for GeoJSON (simplestyle-spec), 'aabbggrr' for KML, whose
// channels run backwards. A colour that cannot be read becomes a neutral grey rather than nothing.

const FALLBACK = '#555555';

/**
 * A CSS hex colour as lowercase '#rrggbb'; '#rgb' is widened, anything else gives grey.
 *
 * @example
 * hexColor('#D55E00'); // '#d55e00'
 * hexColor('#0af');    // '#00aaff'
 * hexColor('red');     // '#555555'
 */
export function hexColor(color: string): string {
  const text = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text)) {
    return `#${Array.from(text.slice(1), (digit) => digit + digit).join('')}`;
  }
  return FALLBACK;
}

/**
 * A colour as KML writes it: alpha, blue, green, red, two hex digits each.
 *
 * @example
 * kmlColor('#D55E00', 1);   // 'ff005ed5'
 * kmlColor('#D55E00', 0.2); // '33005ed5'
 */
export function kmlColor(color: string, opacity: number): string {
  const hex = hexColor(color);
  const alpha = Math.round(Math.min(Math.max(opacity, 0), 1) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${alpha}${hex.slice(5, 7)}${hex.slice(3, 5)}${hex.slice(1, 3)}`;
}
