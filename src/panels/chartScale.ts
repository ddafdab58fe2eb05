// The comparison chart's maths: rows in the reader's unit, longest first, a nice linear scale and its labels.
// No React and no DOM, so every number and word the chart draws can be checked in Node.
import { descending, max, tickStep } from 'd3-array';
import { type ScaleLinear, scaleLinear } from 'd3-scale';
import type { DistanceUnit } from '../scenario';
import { formatRange, KM_PER_UNIT } from '../scenario';

/** What the chart needs of a system; a `WeaponSystem` fits. */
export interface ChartSystem {
  id: string;
  name: string;
  rangeKm: number;
  rangeMinKm?: number;
  rangeMaxKm?: number;
  /** The range as published in miles / nautical miles, labelled instead of a conversion. */
  rangeMi?: number;
  rangeNmi?: number;
}

/** One bar: values in the chosen unit, labels ready to show. */
export interface ChartRow {
  id: string;
  name: string;
  value: number;
  /** The published band `[low, high]` in the chosen unit, or null when none is published. */
  band: [number, number] | null;
  /** `about 1,600 km`, worded as the legend words it. */
  valueLabel: string;
  /** `Tomahawk, about 1,600 km, published 1,250 km to 2,500 km`. */
  ariaLabel: string;
}

export interface Tick {
  value: number;
  x: number;
  label: string;
}

/** Sizes in CSS pixels. Rows are 40 px tall so a finger can hit one. */
export const CHART_LAYOUT = {
  margin: { top: 4, right: 4, bottom: 24, left: 4 },
  rowHeightPx: 40,
  labelBaselinePx: 14,
  barTopPx: 19,
  barHeightPx: 14,
  minWidthPx: 200,
} as const;

export function kmToUnit(km: number, unit: DistanceUnit): number {
  return km / KM_PER_UNIT[unit];
}

/**
 * The systems as bars, longest first (ties by name, then id, so the order never depends on the input's).
 * A system whose range is not a finite number is left out rather than drawn as NaN.
 */
export function chartRows(systems: readonly ChartSystem[], unit: DistanceUnit, locale?: string): ChartRow[] {
  return systems
    .filter((s) => Number.isFinite(s.rangeKm))
    .slice()
    .sort(
      (a, b) =>
        descending(a.rangeKm, b.rangeKm) || a.name.localeCompare(b.name, locale) || (a.id < b.id ? -1 : 1),
    )
    .map((s) => {
      const bandKm = publishedBandKm(s);
      const valueLabel = `about ${formatRange(s, unit, locale)}`;
      const bandWords = bandKm
        ? `, published ${formatRange(s, unit, locale, bandKm[0])} to ${formatRange(s, unit, locale, bandKm[1])}`
        : '';
      return {
        id: s.id,
        name: s.name,
        value: kmToUnit(s.rangeKm, unit),
        band: bandKm ? [kmToUnit(bandKm[0], unit), kmToUnit(bandKm[1], unit)] : null,
        valueLabel,
        ariaLabel: `${s.name}, ${valueLabel}${bandWords}`,
      };
    });
}

// A band needs at least one end that differs from the drawn range; a missing end stands at the range itself.
function publishedBandKm(s: ChartSystem): [number, number] | null {
  const low = Number.isFinite(s.rangeMinKm) ? Math.min(s.rangeMinKm as number, s.rangeKm) : s.rangeKm;
  const high = Number.isFinite(s.rangeMaxKm) ? Math.max(s.rangeMaxKm as number, s.rangeKm) : s.rangeKm;
  return low === high ? null : [Math.max(0, low), high];
}

/** One sentence with every value, for the chart's accessible name. */
export function chartSummary(rows: readonly ChartRow[], unit: DistanceUnit): string {
  if (rows.length === 0) return `Range, in ${unit}: no systems.`;
  return `Range, in ${unit}, longest first: ${rows.map((r) => `${r.name}, ${r.valueLabel}`).join('; ')}.`;
}

/** The tick count to try first: about one per 80 px. `chartAxis` lowers it until the labels fit. */
export function tickCountFor(innerWidthPx: number): number {
  return Math.max(1, Math.min(10, Math.floor(innerWidthPx / 80)));
}

/**
 * From 0 to the longest range or band end, made nice so the last tick closes the axis. Bars start at zero
 * because their length is what the reader compares.
 */
export function chartScale(
  rows: readonly ChartRow[],
  innerWidthPx: number,
  tickCount = tickCountFor(innerWidthPx),
): ScaleLinear<number, number> {
  const top = max(rows, (r) => Math.max(r.value, r.band?.[1] ?? 0)) ?? 0;
  return scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([0, Math.max(0, innerWidthPx)])
    .nice(tickCount);
}

/** Tick positions and labels, formatted with Intl in the reader's locale; the last one names the unit. */
export function chartTicks(
  scale: ScaleLinear<number, number>,
  unit: DistanceUnit,
  locale?: string,
  tickCount = tickCountFor(scale.range()[1] ?? 0),
): Tick[] {
  const [start = 0, stop = 1] = scale.domain();
  const values = scale.ticks(tickCount);
  // As many decimals as the step needs (a step of 0.5 needs one), and the same on every tick.
  const step = tickStep(start, stop, tickCount);
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return values.map((value, i) => ({
    value,
    x: scale(value),
    label: i === values.length - 1 ? `${number.format(value)} ${unit}` : number.format(value),
  }));
}

/** Sizes for the axis labels; the width per character is generous for digits in a system sans-serif. */
export const TICK_LABEL = { fontPx: 11, emPerChar: 0.62, gapPx: 8 } as const;

/**
 * Whether no two tick labels overlap, by an estimate of their width (no DOM to measure in). The first label
 * is anchored at its start, the last at its end and the others at their middle, as the chart draws them.
 */
export function tickLabelsFit(ticks: readonly Tick[]): boolean {
  const charPx = TICK_LABEL.fontPx * TICK_LABEL.emPerChar;
  let previousEndPx = Number.NEGATIVE_INFINITY;
  for (const [i, t] of ticks.entries()) {
    const widthPx = t.label.length * charPx;
    const anchor = i === 0 ? 0 : i === ticks.length - 1 ? 1 : 0.5;
    const startPx = t.x - anchor * widthPx;
    if (startPx < previousEndPx + TICK_LABEL.gapPx) return false;
    previousEndPx = startPx + widthPx;
  }
  return true;
}

/** The scale and its ticks with as many ticks as fit the width; one tick interval (0 and the end) always does. */
export function chartAxis(
  rows: readonly ChartRow[],
  innerWidthPx: number,
  unit: DistanceUnit,
  locale?: string,
): { scale: ScaleLinear<number, number>; ticks: Tick[] } {
  for (let count = tickCountFor(innerWidthPx); ; count--) {
    const scale = chartScale(rows, innerWidthPx, count);
    const ticks = chartTicks(scale, unit, locale, count);
    if (count <= 1 || tickLabelsFit(ticks)) return { scale, ticks };
  }
}
