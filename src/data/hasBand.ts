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

/** The equator's length, rounded as the map's rule has it. */
const EQUATOR_KM = 40_075;

/**
 * True when a system's band is drawn (on the map, in the views and in the exports): it has one (hasBand) and
 * its farther end lies under half the equator, where a band still reads as a ring round its launch point.
 *
 * @example
 * drawsBand({ rangeMinKm: 240, rangeMaxKm: 460 }); // true
 * drawsBand({ rangeMinKm: 15_000, rangeMaxKm: 20_500 }); // false: past half the equator
 */
export function drawsBand<S extends BandEnds>(system: S): system is S & Required<BandEnds> {
  return hasBand(system) && system.rangeMaxKm < EQUATOR_KM / 2;
}

/**
 * How far a system's drawing reaches: its band's farther end when its band is drawn (drawsBand), else its
 * range. A published figure that is not drawn (a band's one end) frames nothing and needs no vertices.
 *
 * @example
 * drawnReachKm({ rangeKm: 460, rangeMinKm: 240, rangeMaxKm: 480 }); // 480
 * drawnReachKm({ rangeKm: 1600, rangeMaxKm: 2500 }); // 1600: one end only, no band drawn
 */
export function drawnReachKm(system: { rangeKm: number } & BandEnds): number {
  return drawsBand(system) ? Math.max(system.rangeKm, system.rangeMaxKm) : system.rangeKm;
}
