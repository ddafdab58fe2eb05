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
  viewOrigin,
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

  it('keeps the origin of a view the map reported of its own moves beside it, and none for any other view', () => {
    const ownMoves = {};
    const reported = setView(BASE, { center: [36.23, 49.99], zoom: 6 }, ownMoves);
    expect(viewOrigin(reported.view)).toBe(ownMoves);
    // the view itself is plain data: saved, written to the URL and compared without its origin
    expect(reported.view).toStrictEqual({ center: [36.23, 49.99], zoom: 6 });
    expect(JSON.parse(JSON.stringify(reported)).view).toStrictEqual({ center: [36.23, 49.99], zoom: 6 });
    // another action keeps the view and its origin; the same view set from elsewhere has none
    expect(viewOrigin(setTitle(reported, 'Kharkiv').view)).toBe(ownMoves);
    expect(viewOrigin(setView(reported, { center: [36.23, 49.99], zoom: 6 }).view)).toBeUndefined();
    expect(viewOrigin(setView(BASE, { center: [36.23, 49.99], zoom: 6 }, {}).view)).not.toBe(ownMoves);
    expect(viewOrigin(null)).toBeUndefined();
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
