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
const isoDate = fc.constantFrom('2025-10-16', '2025-08', '2016', 'not a date');
const rawSource = fc.record(
  {
    publisher: text(30),
    title: text(30),
    date: isoDate,
    url: fc.constantFrom('https://example.org/a?b=1&c=2#d', 'http://x.test', 'javascript:alert(1)'),
    figure: text(30),
  },
  { requiredKeys: [] },
);
// A system with what a systems file may say about it; the parts that do not fit its range are dropped.
const rawCustomSystem = fc
  .record(
    {
      name: text(90),
      rangeKm,
      source: text(40),
      low: fc.double({ min: 0, max: 1.2, noNaN: true }),
      high: fc.double({ min: 0.9, max: 3, noNaN: true }),
      published: fc.constantFrom('mi', 'nmi', 'both', 'wrong', 'none'),
      type: text(20),
      variant: text(20),
      note: text(60),
      asOf: isoDate,
      sources: fc.array(rawSource, { maxLength: 3 }),
    },
    { requiredKeys: ['name', 'rangeKm'] },
  )
  .map(({ low, high, published, ...system }) => {
    const raw: Record<string, unknown> = { ...system };
    if (low !== undefined) raw.rangeMinKm = system.rangeKm * low;
    if (high !== undefined) raw.rangeMaxKm = Math.min(20_004, system.rangeKm * high);
    const miles = Math.round(system.rangeKm / 1.609344);
    const nautical = Math.round(system.rangeKm / 1.852);
    if (published === 'mi' || published === 'both') raw.rangeMi = miles;
    if (published === 'nmi' || published === 'both') raw.rangeNmi = nautical;
    if (published === 'wrong') raw.rangeMi = miles * 2 + 7;
    return raw;
  });
const hexColor = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

/** Raw scenario input with no ids, so ids come out as a link reader derives them. */
export const rawScenario = fc.record(
  {
    sites: fc.array(rawSite, { maxLength: 8 }),
    systemIds: fc.shuffledSubarray([...CONTEXT.systemIds]),
    customSystems: fc.array(rawCustomSystem, { maxLength: 4 }),
    units: fc.constantFrom('km', 'mi', 'nmi'),
    view: fc.option(fc.record({ center: fc.tuple(lon, lat), zoom }), { nil: null }),
    title: text(130),
    subtitle: text(210),
    credit: text(130),
    note: text(310),
    theme: fc.constantFrom('light', 'dark'),
    basemap: fc.constantFrom('offline', 'osm'),
    colors: fc.dictionary(fc.constantFrom(...CONTEXT.systemIds, 'unknown-system'), hexColor, { maxKeys: 3 }),
    areas: fc.array(
      fc.record({ kind: fc.constant('country'), code: fc.constantFrom('UA', 'md', 'RU', 'ZZ', '', 'xk') }),
      { maxLength: 4 },
    ),
    marks: fc.array(rawSite, { maxLength: 4 }),
    projection: fc.constantFrom('map', 'globe', 'distance'),
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
