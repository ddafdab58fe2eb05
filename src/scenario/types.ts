// The one state of the app: everything the user set, serialisable as it is. Rings and lists are derived.
import type { LonLat } from '../geo';

export type DistanceUnit = 'km' | 'mi' | 'nmi';

/** A launch point the user placed. */
export interface Site {
  id: string;
  label: string;
  lonLat: LonLat;
}

export interface Scenario {
  version: 1;
  sites: Site[];
  /** Ids of the systems whose rings are shown, in the data file's order. */
  systemIds: string[];
  units: DistanceUnit;
  title: string;
}
