// A saved scenario file, as "Save scenario" writes it, for the tests that drop one on the map: one launch
// point (Berlin), ERAM, and a title of its own.
export const SCENARIO_FILE = JSON.stringify({
  format: 'range-rings-scenario',
  version: 1,
  scenario: {
    version: 1,
    title: 'Opened offline',
    sites: [{ id: 's1', label: 'Berlin', lonLat: [13.405, 52.52] }],
    systemIds: ['eram'],
    view: { center: [13.405, 52.52], zoom: 3 },
  },
});
