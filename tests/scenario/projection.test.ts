// The view's projection: restored with a problem for a bad value, in links only when not the map, patched by a host.
import { describe, expect, it } from 'vitest';
import {
  decodeScenarioUrl,
  defaultScenario,
  encodeScenarioUrl,
  patchScenario,
  restore,
  setProjection,
} from '../../src/scenario';

const CONTEXT = { systemIds: ['tomahawk', 'atacms'] };
const BASE = defaultScenario(CONTEXT.systemIds.map((id) => ({ id })));

describe('projection', () => {
  it('restores globe and distance, and leaves the map (the default) out', () => {
    expect(restore({ projection: 'globe' }, CONTEXT).scenario.projection).toBe('globe');
    expect(restore({ projection: 'distance' }, CONTEXT).scenario.projection).toBe('distance');
    const map = restore({ projection: 'map' }, CONTEXT);
    expect(map.problems).toEqual([]);
    expect('projection' in map.scenario).toBe(false);
  });

  it('names a bad value and keeps the map', () => {
    const restored = restore({ projection: 'mercator' }, CONTEXT);
    expect('projection' in restored.scenario).toBe(false);
    expect(restored.problems).toEqual([
      { field: 'projection', message: '"mercator" ignored — use map, globe or distance' },
    ]);
  });

  it('is written in a link only when it is not the map, last, and read back', () => {
    expect(encodeScenarioUrl(BASE, BASE)).not.toContain('projection');
    const globe = setProjection(BASE, 'globe');
    const link = encodeScenarioUrl(globe, BASE);
    expect(link.endsWith('&projection=globe')).toBe(true);
    expect(decodeScenarioUrl(link, CONTEXT)).toStrictEqual({ scenario: globe, problems: [] });
  });

  it('reads a typed link in any case and names a wrong one as a parameter', () => {
    expect(decodeScenarioUrl('?projection=Globe', CONTEXT).scenario?.projection).toBe('globe');
    const wrong = decodeScenarioUrl('?projection=round', CONTEXT);
    expect(wrong.scenario && 'projection' in wrong.scenario).toBe(false);
    expect(wrong.problems).toEqual([
      { field: 'projection', message: '"round" ignored — use map, globe or distance' },
    ]);
  });

  it('is switched by a host patch, back to the map too, and a view patch comes with it', () => {
    const globe = patchScenario(
      BASE,
      { projection: 'globe', view: { center: [20.5, 54.7], zoom: 3 } },
      CONTEXT,
    );
    expect(globe.scenario).toStrictEqual({
      ...BASE,
      projection: 'globe',
      view: { center: [20.5, 54.7], zoom: 3 },
    });
    const back = patchScenario(globe.scenario, { projection: 'map' }, CONTEXT).scenario;
    expect('projection' in back).toBe(false);
    expect(patchScenario(globe.scenario, { units: 'mi' }, CONTEXT).scenario.projection).toBe('globe');
  });

  it('setProjection ignores what is not a view', () => {
    expect(setProjection(BASE, 'cylinder' as never)).toBe(BASE);
    expect(setProjection(setProjection(BASE, 'distance'), 'map')).toStrictEqual(BASE);
  });
});
