// The words of an exported image: legend in the scenario's order and unit, sources grouped, credit and scale note.
import { describe, expect, it } from 'vitest';
import { BAND_KEY_TEXT, DEFAULT_NOTE, pngContent } from '../../src/export/pngContent';
import type { SystemEntry } from '../../src/panels';
import { defaultScenario, type Scenario } from '../../src/scenario';

const AP = { publisher: 'Associated Press', title: 'Trump weighs Tomahawks for Ukraine', date: '2025-10-16' };
const SYSTEMS: SystemEntry[] = [
  {
    id: 'tomahawk',
    name: 'Tomahawk',
    rangeKm: 1600,
    rangeMaxKm: 2500,
    sources: [AP],
    custom: false,
    color: '#D55E00',
  },
  {
    id: 'eram',
    name: 'ERAM',
    rangeKm: 460,
    rangeMinKm: 240,
    rangeMaxKm: 460,
    sources: [AP, { publisher: 'The Wall Street Journal', date: '2025-08' }],
    custom: false,
    color: '#0072B2',
  },
  { id: 'custom-x', name: 'Fateh-110', rangeKm: 300, sources: [], custom: true, color: '#CC79A7' },
  { id: 'hidden', name: 'Not shown', rangeKm: 100, sources: [], custom: false, color: '#000000' },
];

const scenario: Scenario = {
  ...defaultScenario([{ id: 'tomahawk' }, { id: 'eram' }]),
  systemIds: ['eram', 'tomahawk', 'custom-x'],
  units: 'mi',
};

describe('pngContent', () => {
  const content = pngContent(scenario, SYSTEMS, '  As published  ', 'Basemap: Natural Earth');

  it('lists the shown systems in the scenario order, in its unit, with a published band where there is one', () => {
    expect(content.legend).toEqual([
      { color: '#0072B2', name: 'ERAM', range: 'about 286 mi', band: 'published 149 mi–286 mi' },
      { color: '#D55E00', name: 'Tomahawk', range: 'about 994 mi', band: null },
      { color: '#CC79A7', name: 'Fateh-110', range: 'about 186 mi', band: null },
    ]);
  });

  it('cites each source once, naming the systems it backs, a band its every source, and says when there is none', () => {
    expect(withoutIsolates(content.sources)).toBe(
      'Sources: Associated Press, 2025-10-16 (ERAM, Tomahawk); The Wall Street Journal, 2025-08 (ERAM); no source given (Fateh-110)',
    );
    const one = pngContent({ ...scenario, systemIds: ['tomahawk'] }, SYSTEMS, '', '');
    expect(withoutIsolates(one.sources)).toBe('Source: Associated Press, 2025-10-16 (Tomahawk)');
  });

  it('isolates each name and citation in the sources line, so right-to-left text cannot reorder the rest', () => {
    const one = pngContent({ ...scenario, systemIds: ['tomahawk'] }, SYSTEMS, '', '');
    expect(one.sources).toBe('Source: \u2068Associated Press, 2025-10-16\u2069 (\u2068Tomahawk\u2069)');
  });

  it('carries title, trimmed subtitle, the basemap credit and the default note on distance and scale', () => {
    expect(content.title).toBe('How far they reach');
    expect(content.subtitle).toBe('As published');
    expect(content.notes).toEqual(['Basemap: Natural Earth']);
    expect(content.note).toBe('Rings show true distances; map scale varies with latitude');
    expect(DEFAULT_NOTE).toBe(content.note);
  });

  it('carries the scenario\'s note and credit, the credit as "Graphic: …" unless it says what it credits', () => {
    const words = pngContent({ ...scenario, credit: 'Zoë Ølsen', note: 'Not to scale' }, SYSTEMS, '', 'B');
    expect(words.note).toBe('Not to scale');
    expect(words.notes).toEqual(['Graphic: Zoë Ølsen', 'B']);
    const said = pngContent({ ...scenario, credit: 'Map by the desk' }, SYSTEMS, '', '');
    expect(said.notes).toEqual(['Map by the desk']);
  });

  it('keys the dashed band when a band is drawn, and only then', () => {
    expect(content.bandKey).toEqual({ color: '#0072B2', dash: '4 4', text: BAND_KEY_TEXT });
    expect(BAND_KEY_TEXT).toBe('dashed: published range band');
    const noBand = pngContent({ ...scenario, systemIds: ['tomahawk'] }, SYSTEMS, '', '');
    expect(noBand.bandKey).toBeNull();
  });

  it("names every figure's source: a band's other sources and a custom system's own typed source", () => {
    const typed: SystemEntry = {
      id: 'custom-f',
      name: 'Fateh-110',
      rangeKm: 300,
      rangeMinKm: 200,
      rangeMaxKm: 300,
      sources: [
        { publisher: 'My notes', title: 'My notes' },
        { publisher: 'IISS', date: '2024' },
      ],
      custom: true,
      color: '#CC79A7',
      dash: '2 5',
    };
    const both = pngContent({ ...scenario, systemIds: ['eram', 'custom-f'] }, [...SYSTEMS, typed], '', '');
    expect(withoutIsolates(both.sources)).toBe(
      'Sources: Associated Press, 2025-10-16 (ERAM); The Wall Street Journal, 2025-08 (ERAM); My notes (Fateh-110); IISS, 2024 (Fateh-110)',
    );
    expect(both.legend[1]?.dash).toBe('2 5');
  });

  it('has no legend and no sources line without systems', () => {
    const none = pngContent({ ...scenario, systemIds: [] }, SYSTEMS, '', 'Basemap: Natural Earth');
    expect(none.legend).toEqual([]);
    expect(none.sources).toBe('');
  });
});

function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}
