// The exported image's note says what its view keeps true.
import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTE as SCALE_NOTE } from '../../src/export/pngContent';
import { GLOBE_NOTE, scaleNote } from '../../src/export/scaleNote';
import { addSite, defaultScenario, setProjection } from '../../src/scenario';

const BASE = defaultScenario([{ id: 'tomahawk' }]);

describe('scaleNote', () => {
  it('keeps the Web Mercator note for the map', () => {
    expect(scaleNote(BASE, SCALE_NOTE)).toBe(SCALE_NOTE);
  });

  it('says the globe is true near its centre', () => {
    expect(scaleNote(setProjection(BASE, 'globe'), SCALE_NOTE)).toBe(GLOBE_NOTE);
    expect(GLOBE_NOTE).toMatch(/^Globe: shapes and distances true near the centre\./);
  });

  it('names the distance map’s centre: the chosen launch point, else the first', () => {
    const distance = setProjection(BASE, 'distance');
    expect(scaleNote(distance, SCALE_NOTE)).toMatch(/^Distances from Kharkiv are true in every direction/);
    const two = { ...addSite(distance, [20.51, 54.71], 'Kaliningrad'), centreSiteId: 's2' };
    expect(scaleNote(two, SCALE_NOTE)).toMatch(/^Distances from Kaliningrad are true/);
    expect(scaleNote({ ...distance, sites: [] }, SCALE_NOTE)).toMatch(/^Distances from the centre/);
  });
});
