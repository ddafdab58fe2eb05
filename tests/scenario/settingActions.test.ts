// Setting verbs: valid values change the scenario, anything else leaves it as it was.
import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  type MapView,
  setBasemap,
  setTheme,
  setTitle,
  setUnits,
  setView,
} from '../../src/scenario';

const BASE = defaultScenario([{ id: 'atacms' }]);

describe('setting actions', () => {
  it('sets units, theme and basemap, and ignores values the scenario cannot hold', () => {
    expect(setUnits(BASE, 'mi').units).toBe('mi');
    expect(setTheme(BASE, 'dark').theme).toBe('dark');
    expect(setBasemap(BASE, 'osm').basemap).toBe('osm');
    expect(setUnits(BASE, 'ft' as never)).toBe(BASE);
    expect(setTheme(BASE, 'blue' as never)).toBe(BASE);
    expect(setBasemap(BASE, 'google' as never)).toBe(BASE);
    expect(BASE.units).toBe('km');
  });

  it('sets a valid view, wrapping its longitude, and null to fit all rings', () => {
    const s = setView(BASE, { center: [190, 50], zoom: 4.5 });
    expect(s.view).toStrictEqual({ center: [-170, 50], zoom: 4.5 });
    expect(setView(s, null).view).toBeNull();
  });

  it.each<MapView>([
    { center: [30, 50], zoom: 18.5 },
    { center: [30, 50], zoom: -0.5 },
    { center: [30, 95], zoom: 3 },
    { center: [Number.NaN, 50], zoom: 3 },
    { center: [30, 50], zoom: Number.POSITIVE_INFINITY },
  ])('ignores the view %j', (view) => {
    expect(setView(BASE, view)).toBe(BASE);
  });

  it('sets the title as one line of plain text, cut to 120, possibly empty', () => {
    expect(setTitle(BASE, 'Where\nATACMS reach').title).toBe('Where ATACMS reach');
    expect(setTitle(BASE, '').title).toBe('');
    expect(Array.from(setTitle(BASE, 'y'.repeat(300)).title)).toHaveLength(120);
  });
});
