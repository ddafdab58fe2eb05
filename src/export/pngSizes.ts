// The sizes an exported PNG can have: the map as it is on screen, or a fixed publishing format.
// Preset sizes are in CSS pixels: the composition's size, which a preset's scale and then the pixel density
// multiply into the image's pixels.

export type PngSize = 'view' | 'social' | 'square' | 'print';
export type PngPixelRatio = 1 | 2 | 3;

export interface PngSizeOption {
  id: PngSize;
  label: string;
  /** Whole image, in CSS pixels; null for 'view', whose size follows the map on screen. */
  width: number | null;
  height: number | null;
  /**
   * Image pixels per pixel of the composition, before the pixel density: a print image is the social card's
   * composition drawn with twice the pixels, so the map's labels keep their size beside the title and legend.
   */
  scale: number;
}

export const PNG_SIZES: readonly PngSizeOption[] = [
  { id: 'view', label: 'Current view', width: null, height: null, scale: 1 },
  { id: 'social', label: 'Social card 1200×675', width: 1200, height: 675, scale: 1 },
  { id: 'square', label: 'Square 1080×1080', width: 1080, height: 1080, scale: 1 },
  { id: 'print', label: 'Print 2400×1350', width: 1200, height: 675, scale: 2 },
];

export const PNG_PIXEL_RATIOS: readonly PngPixelRatio[] = [1, 2, 3];

/**
 * The option of a size id.
 *
 * @example
 * pngSizeOption('social'); // { id: 'social', label: 'Social card 1200×675', width: 1200, height: 675, scale: 1 }
 */
export function pngSizeOption(id: PngSize): PngSizeOption {
  return PNG_SIZES.find((s) => s.id === id) ?? (PNG_SIZES[0] as PngSizeOption);
}
