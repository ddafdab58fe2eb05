// The comparison chart's maths: conversion in step with formatDistance, order, bands, labels, a nice scale and
// tick labels that fit. Locales are fixed ('en-US', 'de-DE') so the expected strings do not depend on the machine.
import { describe, expect, it } from 'vitest';
import {
  type ChartSystem,
  chartAxis,
  chartRows,
  chartScale,
  chartSummary,
  chartTicks,
  kmToUnit,
  tickCountFor,
  tickLabelsFit,
} from '../../src/panels/chartScale';
import { formatDistance } from '../../src/scenario';

const EN = 'en-US';
const UNITS = ['km', 'mi', 'nmi'] as const;

const TOMAHAWK: ChartSystem = {
  id: 'tomahawk',
  name: 'Tomahawk',
  rangeKm: 1600,
  rangeMinKm: 1250,
  rangeMaxKm: 2500,
};
const ISKANDER: ChartSystem = { id: 'iskander-m', name: 'Iskander-M', rangeKm: 500 };
const ATACMS: ChartSystem = { id: 'atacms', name: 'ATACMS', rangeKm: 300, rangeMinKm: 165 };
const SYSTEMS = [ISKANDER, ATACMS, TOMAHAWK];

describe('kmToUnit', () => {
  it('uses the international mile and nautical mile', () => {
    expect(kmToUnit(1.609344, 'mi')).toBeCloseTo(1, 12);
    expect(kmToUnit(1.852, 'nmi')).toBeCloseTo(1, 12);
    expect(kmToUnit(1234.5, 'km')).toBe(1234.5);
  });

  it('agrees with formatDistance for every unit', () => {
    for (const unit of UNITS) {
      for (const km of [3, 9.9, 50, 499, 1600, 15_000]) {
        const value = kmToUnit(km, unit);
        const digits = value < 10 ? 1 : 0;
        const number = new Intl.NumberFormat(EN, { maximumFractionDigits: digits }).format(value);
        expect(formatDistance(km, unit, EN)).toBe(`${number} ${unit}`);
      }
    }
  });
});

describe('chartRows', () => {
  it('puts the longest first and leaves the input alone', () => {
    const input = [...SYSTEMS];
    expect(chartRows(input, 'km', EN).map((r) => r.id)).toEqual(['tomahawk', 'iskander-m', 'atacms']);
    expect(input).toEqual(SYSTEMS);
  });

  it('breaks ties by name, then id, whatever the input order', () => {
    const a = { id: 'b-id', name: 'Alpha', rangeKm: 100 };
    const b = { id: 'a-id', name: 'Beta', rangeKm: 100 };
    const c = { id: 'c-id', name: 'Alpha', rangeKm: 100 };
    const expected = ['b-id', 'c-id', 'a-id'];
    expect(chartRows([b, c, a], 'km', EN).map((r) => r.id)).toEqual(expected);
    expect(chartRows([c, a, b], 'km', EN).map((r) => r.id)).toEqual(expected);
  });

  it('leaves out a range that is not a finite number', () => {
    const rows = chartRows([ISKANDER, { id: 'x', name: 'X', rangeKm: Number.NaN }], 'km', EN);
    expect(rows.map((r) => r.id)).toEqual(['iskander-m']);
    expect(chartRows([], 'km', EN)).toEqual([]);
  });

  it('converts the value and the band into the chosen unit', () => {
    const [row] = chartRows([TOMAHAWK], 'nmi', EN);
    expect(row!.value).toBeCloseTo(1600 / 1.852, 9);
    expect(row!.band![0]).toBeCloseTo(1250 / 1.852, 9);
    expect(row!.band![1]).toBeCloseTo(2500 / 1.852, 9);
  });

  it('draws a band only where one is published, a missing end standing at the range', () => {
    const rows = chartRows(
      [
        ATACMS,
        { id: 'max-only', name: 'Max only', rangeKm: 100, rangeMaxKm: 120 },
        { id: 'same', name: 'Same', rangeKm: 80, rangeMinKm: 80, rangeMaxKm: 80 },
        ISKANDER,
      ],
      'km',
      EN,
    );
    const bandOf = (id: string) => rows.find((r) => r.id === id)!.band;
    expect(bandOf('atacms')).toEqual([165, 300]);
    expect(bandOf('max-only')).toEqual([100, 120]);
    expect(bandOf('same')).toBeNull();
    expect(bandOf('iskander-m')).toBeNull();
  });

  it('keeps the range inside a band whose ends were given the wrong way round', () => {
    const [row] = chartRows(
      [{ id: 'odd', name: 'Odd', rangeKm: 100, rangeMinKm: 150, rangeMaxKm: 90 }],
      'km',
      EN,
    );
    expect(row!.band).toBeNull();
    const [wide] = chartRows(
      [{ id: 'w', name: 'W', rangeKm: 100, rangeMinKm: 150, rangeMaxKm: 200 }],
      'km',
      EN,
    );
    expect(wide!.band).toEqual([100, 200]);
  });

  it('words values as the legend does', () => {
    const [tomahawk, iskander, atacms] = chartRows(SYSTEMS, 'km', EN);
    expect(tomahawk!.valueLabel).toBe('about 1,600 km');
    expect(tomahawk!.ariaLabel).toBe('Tomahawk, about 1,600 km, published 1,250 km to 2,500 km');
    expect(iskander!.ariaLabel).toBe('Iskander-M, about 500 km');
    expect(atacms!.ariaLabel).toBe('ATACMS, about 300 km, published 165 km to 300 km');
    expect(chartRows([TOMAHAWK], 'mi', EN)[0]!.valueLabel).toBe('about 994 mi');
    expect(chartRows([{ id: 's', name: 'S', rangeKm: 9.5 }], 'km', EN)[0]!.valueLabel).toBe('about 9.5 km');
    expect(chartRows([TOMAHAWK], 'km', 'de-DE')[0]!.valueLabel).toBe('about 1.600 km');
  });
});

describe('chartSummary', () => {
  it('names every system and value, longest first', () => {
    expect(chartSummary(chartRows(SYSTEMS, 'km', EN), 'km')).toBe(
      'Range, in km, longest first: Tomahawk, about 1,600 km; Iskander-M, about 500 km; ATACMS, about 300 km.',
    );
    expect(chartSummary([], 'mi')).toBe('Range, in mi: no systems.');
  });
});

describe('chartScale', () => {
  it('starts at zero and reaches past the longest band end to a nice number', () => {
    const scale = chartScale(chartRows(SYSTEMS, 'km', EN), 300, 4);
    expect(scale.domain()).toEqual([0, 2500]);
    expect(scale.range()).toEqual([0, 300]);
    expect(scale(2500)).toBe(300);
  });

  it('rounds the end up to a tick without a band', () => {
    const scale = chartScale(chartRows([ISKANDER, { id: 'x', name: 'X', rangeKm: 1730 }], 'km', EN), 300, 4);
    expect(scale.domain()).toEqual([0, 2000]);
    expect(scale.ticks(4).at(-1)).toBe(2000);
  });

  it('works in the chosen unit', () => {
    const scale = chartScale(chartRows([ISKANDER], 'mi', EN), 300, 4);
    // 500 km is 310.7 mi.
    expect(scale.domain()[1]).toBe(400);
  });

  it('has a usable domain when every range is zero', () => {
    const scale = chartScale(chartRows([{ id: 'z', name: 'Z', rangeKm: 0 }], 'km', EN), 300, 4);
    expect(scale.domain()).toEqual([0, 1]);
    expect(scale(0)).toBe(0);
  });
});

describe('chartTicks', () => {
  it('formats with Intl and names the unit on the last tick', () => {
    const scale = chartScale(chartRows([TOMAHAWK], 'km', EN), 400, 5);
    const ticks = chartTicks(scale, 'km', EN, 5);
    expect(ticks.map((t) => t.label)).toEqual(['0', '500', '1,000', '1,500', '2,000', '2,500 km']);
    expect(ticks.map((t) => t.x)).toEqual([0, 80, 160, 240, 320, 400]);
    expect(chartTicks(scale, 'km', 'de-DE', 5).at(-1)!.label).toBe('2.500 km');
  });

  it('gives every tick the decimals its step needs', () => {
    const scale = chartScale(chartRows([{ id: 's', name: 'S', rangeKm: 1.2 }], 'km', EN), 300, 3);
    expect(chartTicks(scale, 'km', EN, 3).map((t) => t.label)).toEqual(['0.0', '0.5', '1.0', '1.5 km']);
  });
});

describe('tickCountFor and chartAxis', () => {
  it('asks for about one tick per 80 px, at least one', () => {
    expect(tickCountFor(100)).toBe(1);
    expect(tickCountFor(272)).toBe(3);
    expect(tickCountFor(640)).toBe(8);
    expect(tickCountFor(5000)).toBe(10);
  });

  it('sees overlapping labels', () => {
    const at = (xs: number[], label: string) => xs.map((x) => ({ value: x, x, label }));
    expect(tickLabelsFit(at([0, 100, 200], '1,000'))).toBe(true);
    expect(tickLabelsFit(at([0, 30, 60], '1,000'))).toBe(false);
  });

  it('keeps labels apart and closes the axis at every width from 200 px', () => {
    const tops = [0.8, 7, 42, 180, 499, 1800, 2500, 5500, 12_000, 19_999];
    for (let widthPx = 192; widthPx <= 1400; widthPx += 17) {
      for (const top of tops) {
        const rows = chartRows([{ id: 't', name: 'T', rangeKm: top }], 'km', EN);
        const { scale, ticks } = chartAxis(rows, widthPx, 'km', EN);
        expect(tickLabelsFit(ticks), `${widthPx} px, ${top} km`).toBe(true);
        expect(ticks[0]!.x).toBe(0);
        expect(ticks.at(-1)!.x).toBeCloseTo(widthPx, 9);
        expect(scale.domain()[1]).toBeGreaterThanOrEqual(top);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('shows fewer ticks at 280 px than at 800 px', () => {
    const rows = chartRows([{ id: 't', name: 'T', rangeKm: 1800 }], 'km', EN);
    const narrow = chartAxis(rows, 272, 'km', EN).ticks;
    const wide = chartAxis(rows, 792, 'km', EN).ticks;
    expect(narrow.length).toBeLessThan(wide.length);
    expect(narrow.at(-1)!.label).toBe('2,000 km');
  });
});
