// Distances for people: converted to the chosen unit and formatted with Intl in the reader's locale.
// Intl.NumberFormat is costly to build, so one is kept per locale and precision.
import type { DistanceUnit } from './types';

export const KM_PER_UNIT: Record<DistanceUnit, number> = { km: 1, mi: 1.609344, nmi: 1.852 };

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string | undefined, digits: number): Intl.NumberFormat {
  const key = `${locale ?? ''}|${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    formats.set(key, f);
  }
  return f;
}

/** "1,600 km", "994 mi", "8.5 nmi": one decimal below 10, none above. */
export function formatDistance(km: number, unit: DistanceUnit, locale?: string): string {
  return formatInUnit(km / KM_PER_UNIT[unit], unit, locale);
}

/** A number already in `unit`, formatted as formatDistance does: "995 mi". */
export function formatInUnit(value: number, unit: DistanceUnit, locale?: string): string {
  return `${numberFormat(locale, value < 10 ? 1 : 0).format(value)} ${unit}`;
}
