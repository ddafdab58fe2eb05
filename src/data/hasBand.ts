// Whether a system has a published band to draw: a lower and an upper figure, the upper above the lower.

/** The band's ends of a system, as the data file gives them (km). */
export interface BandEnds {
  rangeMinKm?: number;
  rangeMaxKm?: number;
}

/**
 * True when both ends are given and the band has a width.
 *
 * @example
 * hasBand({ rangeMinKm: 240, rangeMaxKm: 460 }); // true
 * hasBand({ rangeMaxKm: 2500 }); // false: one end only
 */
export function hasBand<S extends BandEnds>(system: S): system is S & Required<BandEnds> {
  return (
    system.rangeMinKm !== undefined &&
    system.rangeMaxKm !== undefined &&
    system.rangeMaxKm > system.rangeMinKm
  );
}
