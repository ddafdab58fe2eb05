// The values hostile messages are made of: markup, number-like texts, odd values, and for each scenario
// field the bad values that must be named under it. Tagged values (`T('NaN')`) stand for what JSON cannot hold.

/** Markup and script in texts the map shows: each must stay text; `data-fuzz` marks an injected element. */
export const MARKUP_PAYLOADS = [
  '<img src=x onerror=alert(1) data-fuzz>',
  '<script data-fuzz>window.fuzzHit=1</script>',
  '"><svg data-fuzz onload=alert(1)>',
  '<iframe data-fuzz src=javascript:alert(1)></iframe>',
  '</h1><h1 data-fuzz>Injected',
  '<b data-fuzz>bold</b> &amp; &lt;i&gt;',
  'javascript:alert(1)',
  "{{constructor.constructor('alert(1)')()}}",
  '<a data-fuzz href=javascript:alert(1)>link</a>',
  '<style data-fuzz>*{display:none}</style>',
];

/** A tagged value: the host page makes from it what JSON cannot hold (see messageFuzz.test.ts). */
export const T = (tag: string, extra: Record<string, unknown> = {}) => ({ $: tag, ...extra });
export const NUMBER_LIKE = ['NaN', 'Infinity', '-Infinity', '1e309', '-0', '0x1F', '', ' ', '١٢'];
export const ODD_VALUES: unknown[] = [
  null,
  5,
  -1,
  true,
  [],
  {},
  ...NUMBER_LIKE,
  T('NaN'),
  T('Infinity'),
  T('-Infinity'),
  '<script>alert(1)</script>',
  '🚀',
];

export const VALID_PATCH = { units: 'km', title: 'Fuzz', systems: ['atacms'], theme: 'light' };
export const VALID_SET = {
  sites: [{ lonLat: [36.2304, 49.9935], label: 'Kharkiv' }],
  systemIds: ['atacms'],
  units: 'km',
  title: 'Fuzz',
};

// A bad value for one field of a scenario, and the field its problem is reported under.
export const BAD_FIELDS: { field: string; reported: string; values: unknown[] }[] = [
  { field: 'units', reported: 'units', values: ['furlong', 'KM', ...ODD_VALUES] },
  { field: 'theme', reported: 'theme', values: ['disco', 'Dark', ...ODD_VALUES] },
  { field: 'basemap', reported: 'basemap', values: ['google', 'OSM', ...ODD_VALUES] },
  {
    field: 'title',
    reported: 'title',
    values: [5, null, true, [], {}, T('NaN'), 'two\nlines', 'tab\there', 'x'.repeat(121), 'bell\u0007'],
  },
  {
    field: 'view',
    reported: 'view',
    values: [
      'x',
      5,
      [],
      {},
      { center: 'a', zoom: 3 },
      { center: [30, 50], zoom: 99 },
      { center: [30, 50], zoom: 'Infinity' },
      { center: ['NaN', 50], zoom: 3 },
      { center: [30, 95], zoom: 3 },
      { center: [T('NaN'), 50], zoom: 3 },
      { center: [30, 50], zoom: T('Infinity') },
    ],
  },
  {
    field: 'sites',
    reported: 'sites',
    values: [
      'sites=50,30',
      5,
      {},
      [5],
      [null],
      [{}],
      [{ lonLat: 'Kyiv' }],
      [{ lonLat: [30] }],
      [{ lonLat: ['Infinity', 'NaN'] }],
      [{ lonLat: [T('NaN'), 50] }],
      [{ lonLat: [30, 91] }],
      [{ lonLat: [30, 50], label: 5 }],
      [{ lonLat: [30, 50], label: 'two\nlines' }],
      [{ lonLat: [30, 50], label: 'y'.repeat(200) }],
      Array.from({ length: 60 }, (_, i) => ({ lonLat: [i, 50] })),
    ],
  },
  {
    field: 'customSystems',
    reported: 'customSystems',
    values: [
      'Storm Shadow:250km',
      5,
      {},
      [5],
      [{}],
      [{ name: 'X' }],
      [{ name: '', rangeKm: 100 }],
      [{ name: 'X', rangeKm: 'NaN' }],
      [{ name: 'X', rangeKm: 'far' }],
      [{ name: 'X', rangeKm: -5 }],
      [{ name: 'X', rangeKm: T('Infinity') }],
      [{ name: 'X', rangeKm: 100, source: 5 }],
      [{ name: '<img src=x onerror=alert(1) data-fuzz>', rangeKm: '1e309' }],
    ],
  },
  {
    field: 'systems',
    reported: 'systemIds',
    values: ['atacms', 5, {}, ['nuke'], [5], [null, 'atacms'], ['ATACMS'], ['__proto__']],
  },
  {
    field: 'systemIds',
    reported: 'systemIds',
    values: ['atacms', ['nuke'], [T('NaN')], [[]]],
  },
];
export const UNKNOWN_FIELDS = ['colour', 'Units', 'zoom', 'center', 'sitess', 'hasOwnProperty', 'toString'];
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];
/** The map's message limits (src/embed/checkMessageShape.ts), as its warnings name them. */
export const LIMITS = {
  depth: 8,
  values: 5000,
  listLength: 1000,
  fields: 100,
  textLength: 10_000,
};
