// Peer a reads the benchmark's links as the app does: the same launch points, the same systems shown, and the
// link's own systems under the ids the app gives them (else a ticked checkbox or a `systems=` id would miss).
import { describe, expect, it } from 'vitest';
import systemsFile from '../../data/systems.json';
import { decodeScenarioUrl } from '../../src/scenario';
import { peerScenario } from './peer/peerScenario';
import { FIFTY_POINTS, FIRST_OF_FIFTY, TEN_BY_FIVE } from './peerLinks';

const dataSystems = systemsFile.systems.map((s) => ({ id: s.id, name: s.name, rangeKm: s.range_km }));
const context = { systemIds: dataSystems.map((s) => s.id) };

describe('peer a reads a link as the app does', () => {
  for (const [name, link] of [
    ['10 × 5', TEN_BY_FIVE],
    ['50 points', FIFTY_POINTS],
    ['the first of the 50 alone', FIRST_OF_FIFTY],
    [
      'custom ranges with spaces and a shown subset',
      '?sites=50.45,30.52,Kyiv&systems=eram,custom-storm-shadow&custom=Storm%20Shadow:250km;Taurus:500km',
    ],
  ] as const) {
    it(name, () => {
      const app = decodeScenarioUrl(link, context);
      expect(app.problems).toEqual([]);
      const peer = peerScenario(link, dataSystems);
      expect(peer.sites.map((s) => [s.lon, s.lat, s.label])).toEqual(
        app.scenario?.sites.map((s) => [s.lonLat[0], s.lonLat[1], s.label]),
      );
      const appIds = app.scenario?.customSystems.map((s) => s.id) ?? [];
      expect(peer.systems.slice(dataSystems.length).map((s) => s.id)).toEqual(appIds);
      expect([...peer.shown].sort()).toEqual([...(app.scenario?.systemIds ?? [])].sort());
    });
  }

  it('shows every system from Kharkiv when the link names none', () => {
    const peer = peerScenario('', dataSystems);
    expect(peer.sites).toEqual([{ label: 'Kharkiv', lat: 49.9935, lon: 36.2304 }]);
    expect([...peer.shown]).toEqual(['tomahawk', 'eram', 'atacms']);
    expect(peer.view).toBeNull();
    expect(peerScenario('?view=48,35,5', dataSystems).view).toEqual({ lat: 48, lon: 35, zoom: 5 });
  });
});
