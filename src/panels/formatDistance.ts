// Distances for people: converted to the chosen unit and formatted with Intl in the reader's locale.
import type { DistanceUnit } from '../scenario';

const KM_PER_UNIT: Record<DistanceUnit, number> = { km: 1, mi: 1.609344, nmi: 1.852 };

export function formatDistance(km: number, unit: DistanceUnit, locale?: string): string {
  const value = km / KM_PER_UNIT[unit];
  const digits = value < 10 ? 1 : 0;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return `${number} ${unit}`;
}
