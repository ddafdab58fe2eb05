// The screen-reader summary of the map: which rings, in the chosen unit, from which launch points.
import { describe, expect, it } from 'vitest';
import type { SystemEntry } from '../../src/panels';
import { ringsSummaryText } from '../../src/panels';
import { formatDistance, type Site } from '../../src/scenario';

const entry = (id: string, name: string, rangeKm: number): SystemEntry => ({
  id,
  name,
  rangeKm,
  sources: [],
  custom: false,
  color: '#000',
});
const TOMAHAWK = entry('tomahawk', 'Tomahawk', 1600);
const ATACMS = entry('atacms', 'ATACMS', 300);
const KHARKIV: Site = { id: 's1', label: 'Kharkiv', lonLat: [36.23, 49.99] };
const KYIV: Site = { id: 's2', label: 'Kyiv', lonLat: [30.52, 50.45] };

describe('ringsSummaryText', () => {
  it('says the reach from each launch area, after the rings or alone', () => {
    const areas = [
      { kind: 'country', code: 'UA' },
      { kind: 'country', code: 'MD' },
    ] as const;
    expect(ringsSummaryText([], [ATACMS], 'km', areas)).toBe(
      `Reach from anywhere in Ukraine, Moldova: ATACMS (about ${formatDistance(300, 'km')}).`,
    );
    expect(ringsSummaryText([KHARKIV], [ATACMS], 'km', areas)).toMatch(
      /drawn from Kharkiv\. Reach from anywhere in Ukraine, Moldova: ATACMS/,
    );
  });

  it('names each ring with its range in the chosen unit, and the launch point', () => {
    expect(ringsSummaryText([KHARKIV], [TOMAHAWK, ATACMS], 'km')).toBe(
      `Range rings of Tomahawk (about ${formatDistance(1600, 'km')}), ATACMS (about ${formatDistance(300, 'km')}), drawn from Kharkiv.`,
    );
    expect(ringsSummaryText([KHARKIV], [TOMAHAWK], 'mi')).toContain(formatDistance(1600, 'mi'));
  });

  it('counts several launch points, and says when nothing is drawn', () => {
    expect(ringsSummaryText([KHARKIV, KYIV], [ATACMS], 'km')).toMatch(
      /drawn from 2 launch points: Kharkiv; Kyiv\.$/,
    );
    expect(ringsSummaryText([], [ATACMS], 'km')).toBe('No launch point: no range ring is drawn.');
    expect(ringsSummaryText([KHARKIV], [], 'km')).toBe('No system is shown for Kharkiv.');
  });
});
