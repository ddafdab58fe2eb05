// Distances for people: converted to the chosen unit and formatted with Intl in the reader's locale.
// Intl.NumberFormat is costly to build, so one is kept per locale and precision.
import type { DistanceUnit } from './types';

export const KM_PER_UNIT: Record<DistanceUnit, number> = { km: 1, mi: 1.609344, nmi: 1.852 };

const formats = new Map<string, Intl.NumberFormat>();

/** 'fraction-1': one decimal; 'fraction-0': none; 'significant-2': two significant digits, for short ranges. */
type Precision = 'fraction-0' | 'fraction-1' | 'significant-2';

function numberFormat(locale: string | undefined, precision: Precision): Intl.NumberFormat {
  const key = `${locale ?? ''}|${precision}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      locale,
      precision === 'significant-2'
        ? { maximumSignificantDigits: 2 }
        : { maximumFractionDigits: precision === 'fraction-1' ? 1 : 0 },
    );
    formats.set(key, f);
  }
  return f;
}

/**
 * Builds ahead the number formats formatDistance uses for `locale`, so that the first distance formatted does
 * not pay for them: a page's first Intl.NumberFormat costs tens of milliseconds.
 *
 * @example
 * prepareDistanceFormats(); // in a task of its own, before the first ring label
 */
export function prepareDistanceFormats(locale?: string): void {
  for (const precision of ['fraction-0', 'fraction-1', 'significant-2'] as const)
    numberFormat(locale, precision);
}

/**
 * "1,600 km", "994 mi", "8.5 nmi": one decimal below 10, none above; two significant digits below 1, so that
 * a short ring never reads "0 km" ("0.001 km" for 1 m, "0.25 km").
 *
 * @example
 * formatDistance(0.001, 'km'); // '0.001 km'
 */
export function formatDistance(km: number, unit: DistanceUnit, locale?: string): string {
  return formatInUnit(km / KM_PER_UNIT[unit], unit, locale);
}

/** A number already in `unit`, formatted as formatDistance does: "995 mi". */
export function formatInUnit(value: number, unit: DistanceUnit, locale?: string): string {
  const precision = value < 1 && value > 0 ? 'significant-2' : value < 10 ? 'fraction-1' : 'fraction-0';
  return `${numberFormat(locale, precision).format(value)} ${unit}`;
}
