// What the panels know of a system: the data file's record or a custom one, in one shape.
import type { Source } from '../data';

export interface SystemEntry {
  id: string;
  name: string;
  rangeKm: number;
  rangeMinKm?: number;
  rangeMaxKm?: number;
  /** The range as published in miles / nautical miles, shown instead of a conversion. */
  rangeMi?: number;
  rangeNmi?: number;
  type?: string;
  variant?: string;
  note?: string;
  sources: Source[];
  /** Made in the page or loaded from the user's file (rather than the app's data file). */
  custom: boolean;
  color: string;
  /** Its place among all systems: systems past the eighth also differ by line pattern (see systemDash). */
  index?: number;
  /** Outline pattern (SVG dash array) of a system whose colour repeats; absent for a solid line. */
  dash?: string;
}
