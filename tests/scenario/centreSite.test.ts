// The distance map's centre in the scenario: restored only when it names a launch point, kept through links
// (by position), files and a host's patch, dropped with its launch point, and resolved for the view.
import { describe, expect, it } from 'vitest';
import { readScenarioFile, scenarioFile } from '../../src/export';
import {
  addSite,
  decodeScenarioUrl,
  defaultScenario,
  distanceMapCentre,
  encodeScenarioUrl,
  patchScenario,
  removeSite,
  restore,
  type Scenario,
  setCentreSite,
} from '../../src/scenario';

const CONTEXT = { systemIds: ['tomahawk', 'atacms'] };
const THREE: Scenario = addSite(
  addSite(defaultScenario(CONTEXT.systemIds.map((id) => ({ id }))), [20.51, 54.71], 'Kaliningrad'),
  [33.52, 44.6],
  'Sevastopol',
);

describe('centreSiteId', () => {
  it('restores an id of a launch point; the first is the default and is not stored', () => {
    const saved = { ...THREE, centreSiteId: 's2' };
    expect(restore(saved, CONTEXT)).toStrictEqual({ scenario: saved, problems: [] });
    expect(restore({ ...THREE, centreSiteId: 's1' }, CONTEXT)).toStrictEqual({
      scenario: THREE,
      problems: [],
    });
  });

  it('drops an unknown id or a non-text value and says so; the first launch point stays the centre', () => {
    expect(restore({ ...THREE, centreSiteId: 's9' }, CONTEXT)).toStrictEqual({
      scenario: THREE,
      problems: [
        {
          field: 'centreSiteId',
          message:
            'unknown launch point "s9" ignored — the distance map is centred on the first launch point',
        },
      ],
    });
    const { scenario, problems } = restore({ ...THREE, centreSiteId: 2 }, CONTEXT);
    expect(scenario).toStrictEqual(THREE);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^2 ignored — the distance map's centre is a launch point's id/);
  });

  it("a host's patch re-centres the map, and new sites quietly drop a centre that is gone", () => {
    const kaliningrad = patchScenario(THREE, { centreSiteId: 's2' }, CONTEXT);
    expect(kaliningrad).toStrictEqual({ scenario: { ...THREE, centreSiteId: 's2' }, problems: [] });
    const moved = patchScenario(
      kaliningrad.scenario,
      { sites: [{ lonLat: [30.52, 50.45], label: 'Kyiv' }] },
      CONTEXT,
    );
    expect(moved.scenario.centreSiteId).toBeUndefined();
    expect(moved.problems).toEqual([]);
    const own = patchScenario(
      THREE,
      {
        sites: [
          { id: 'kyiv', lonLat: [30.52, 50.45], label: 'Kyiv' },
          { id: 'kaliningrad', lonLat: [20.51, 54.71], label: 'Kaliningrad' },
        ],
        centreSiteId: 'kaliningrad',
      },
      CONTEXT,
    );
    expect(own.scenario.centreSiteId).toBe('kaliningrad');
    expect(distanceMapCentre(own.scenario)).toStrictEqual({
      lonLat: [20.51, 54.71],
      siteId: 'kaliningrad',
      label: 'Kaliningrad',
    });
  });

  it('setCentreSite picks a launch point; the first or an unknown id store nothing', () => {
    expect(setCentreSite(THREE, 's3').centreSiteId).toBe('s3');
    expect(setCentreSite(setCentreSite(THREE, 's3'), 's1')).toStrictEqual(THREE);
    expect(setCentreSite(THREE, 'nope')).toBe(THREE);
  });

  it('removing the centre launch point returns the centre to the first; removing the first may make it the default', () => {
    const centred = setCentreSite(THREE, 's3');
    expect(removeSite(centred, 's3').centreSiteId).toBeUndefined();
    expect(removeSite(centred, 's2').centreSiteId).toBe('s3');
    const second = setCentreSite(THREE, 's2');
    expect(removeSite(second, 's1')).toStrictEqual({ ...THREE, sites: THREE.sites.slice(1) });
  });

  it('goes into a scenario file and comes back', () => {
    const centred = setCentreSite(THREE, 's3');
    expect(readScenarioFile(scenarioFile(centred), CONTEXT)).toMatchObject({
      scenario: centred,
      problems: [],
    });
  });
});

describe('the centre in a link', () => {
  it('writes centre= as a launch point position, in the distance view and when not the first', () => {
    const centred: Scenario = { ...setCentreSite(THREE, 's2'), projection: 'distance' };
    expect(encodeScenarioUrl(centred)).toMatch(/&centre=2$/);
    expect(encodeScenarioUrl({ ...THREE, projection: 'distance' })).not.toContain('centre=');
    expect(encodeScenarioUrl(setCentreSite(THREE, 's2'))).not.toContain('centre=');
  });

  it('reads centre=N back as that launch point', () => {
    const url =
      'sites=49.99,36.23,Kharkiv;54.71,20.51,Kaliningrad;44.6,33.52,Sevastopol&systems=atacms&centre=3';
    const decoded = decodeScenarioUrl(url, CONTEXT);
    expect(decoded.problems).toEqual([]);
    expect(decoded.scenario?.centreSiteId).toBe('s3');
    expect(distanceMapCentre(decoded.scenario as Scenario).label).toBe('Sevastopol');
    expect(
      decodeScenarioUrl(url.replace('centre=3', 'centre=1'), CONTEXT).scenario?.centreSiteId,
    ).toBeUndefined();
  });

  it('names a bad centre= and keeps the rest of the link', () => {
    const url = 'sites=49.99,36.23,Kharkiv;54.71,20.51,Kaliningrad&systems=atacms';
    for (const bad of ['7', '0', 'Kaliningrad', '2.5', '-1']) {
      const decoded = decodeScenarioUrl(`${url}&centre=${bad}`, CONTEXT);
      expect(decoded.scenario?.sites).toHaveLength(2);
      expect(decoded.scenario?.centreSiteId).toBeUndefined();
      expect(decoded.problems).toEqual([
        {
          field: 'centre',
          message: `"${bad}" ignored — the centre is a launch point's position, 1 to 2 (there are 2 launch points); the distance map is centred on the first`,
        },
      ]);
    }
    expect(decodeScenarioUrl('sites=&systems=atacms&centre=2', CONTEXT).problems).toEqual([
      { field: 'centre', message: '"2" ignored — there is no launch point to centre the distance map on' },
    ]);
  });
});

describe('distanceMapCentre', () => {
  it('is the first launch point by default, the chosen one when set', () => {
    expect(distanceMapCentre(THREE)).toStrictEqual({
      lonLat: [36.2304, 49.9935],
      siteId: 's1',
      label: 'Kharkiv',
    });
    expect(distanceMapCentre(setCentreSite(THREE, 's2')).label).toBe('Kaliningrad');
  });

  it('with no launch point, is the map view centre or 0°, 0°, with a message', () => {
    const none: Scenario = { ...THREE, sites: [], view: { center: [13.4, 52.52], zoom: 5 } };
    const atView = distanceMapCentre(none);
    expect(atView.lonLat).toEqual([13.4, 52.52]);
    expect(atView.siteId).toBeUndefined();
    expect(atView.message).toMatch(
      /^No launch point to look from: the distance map is centred on the map's view/,
    );
    const atZero = distanceMapCentre({ ...none, view: null });
    expect(atZero.lonLat).toEqual([0, 0]);
    expect(atZero.message).toMatch(/^No launch point to look from/);
  });
});
