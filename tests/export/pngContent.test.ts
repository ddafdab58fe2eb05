// The words of an exported image: legend in the scenario's order and unit, sources grouped, credit and scale note.
import { describe, expect, it } from 'vitest';
import { pngContent, SCALE_NOTE } from '../../src/export/pngContent';
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

  it('cites each first source once, naming the systems it backs, and says when there is none', () => {
    expect(withoutIsolates(content.sources)).toBe(
      'Sources: Associated Press, 2025-10-16 (ERAM, Tomahawk); no source given (Fateh-110)',
    );
    const one = pngContent({ ...scenario, systemIds: ['eram'] }, SYSTEMS, '', '');
    expect(withoutIsolates(one.sources)).toBe('Source: Associated Press, 2025-10-16 (ERAM)');
  });

  it('isolates each name and citation in the sources line, so right-to-left text cannot reorder the rest', () => {
    const one = pngContent({ ...scenario, systemIds: ['eram'] }, SYSTEMS, '', '');
    expect(one.sources).toBe('Source: \u2068Associated Press, 2025-10-16\u2069 (\u2068ERAM\u2069)');
  });

  it('carries title, trimmed subtitle, the basemap credit and the note on scale', () => {
    expect(content.title).toBe('How far they reach');
    expect(content.subtitle).toBe('As published');
    expect(content.notes).toEqual(['Basemap: Natural Earth', SCALE_NOTE]);
    expect(SCALE_NOTE).toMatch(/exact geodesic.*Web Mercator.*no single scale bar/);
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
