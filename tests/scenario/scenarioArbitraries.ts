// Arbitrary valid scenarios for property tests, made the only way a scenario may be made: raw input through
// restore(). Positions are already rounded to what a link keeps (5 decimals, zoom 2), so link round trips can be exact.
import fc from 'fast-check';
import { restore, type Scenario, type ScenarioContext, toggleSystem } from '../../src/scenario';

export const CONTEXT: ScenarioContext = { systemIds: ['tomahawk', 'eram', 'atacms', 'storm-shadow'] };

// Texts with everything a link must escape, markup, other scripts, emoji and control characters.
const piece = fc.constantFrom(
  'a',
  'Z',
  '1',
  ' ',
  ',',
  ';',
  ':',
  '%',
  '%20',
  '+',
  '&',
  '=',
  '#',
  '?',
  '/',
  '"',
  "'",
  '<script>alert(1)</script>',
  'Київ',
  'Ħ',
  'é',
  'e\u0301',
  '🚀',
  '\n',
  '\t',
  '\u0007',
  '\u00a0',
  '…',
);
export const text = (maxLength: number) =>
  fc.oneof(fc.string({ unit: piece, maxLength }), fc.string({ unit: 'grapheme', maxLength }));

const lat = fc.integer({ min: -9_000_000, max: 9_000_000 }).map((n) => n / 1e5);
const lon = fc.integer({ min: -18_000_000, max: 18_000_000 }).map((n) => n / 1e5);
const zoom = fc.integer({ min: 0, max: 1800 }).map((n) => n / 100);
const rangeKm = fc.oneof(
  fc.integer({ min: 1, max: 20_004 }),
  fc.integer({ min: 1, max: 12_000 }).map((n) => n * 1.609344),
  fc.integer({ min: 1, max: 10_000 }).map((n) => n * 1.852),
  fc.double({ min: 0.01, max: 20_004, noNaN: true }), // 10 m, the shortest range drawn
);

const rawSite = fc.record({ lonLat: fc.tuple(lon, lat), label: text(90) }, { requiredKeys: ['lonLat'] });
const rawCustomSystem = fc.record(
  { name: text(90), rangeKm, source: text(40) },
  { requiredKeys: ['name', 'rangeKm'] },
);

/** Raw scenario input with no ids, so ids come out as a link reader derives them. */
export const rawScenario = fc.record(
  {
    sites: fc.array(rawSite, { maxLength: 8 }),
    systemIds: fc.shuffledSubarray([...CONTEXT.systemIds]),
    customSystems: fc.array(rawCustomSystem, { maxLength: 4 }),
    units: fc.constantFrom('km', 'mi', 'nmi'),
    view: fc.option(fc.record({ center: fc.tuple(lon, lat), zoom }), { nil: null }),
    title: text(130),
    theme: fc.constantFrom('light', 'dark'),
    basemap: fc.constantFrom('offline', 'osm'),
  },
  { requiredKeys: [] },
);

/** A valid scenario: restored raw input, with some custom systems shown. */
export const validScenario: fc.Arbitrary<Scenario> = fc
  .tuple(rawScenario, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }))
  .map(([raw, shows]) => {
    const restored = restore(raw, CONTEXT).scenario;
    return restored.customSystems.reduce((s, system, i) => toggleSystem(s, system.id, shows[i]), restored);
  });
