import { describe, expect, it } from 'vitest';
import { DEFAULT_SYSTEMS } from '../../src/app/loadDefaultSystems';
import { formatRange } from '../../src/scenario';

describe('formatRange', () => {
  const byId = new Map(DEFAULT_SYSTEMS.systems.map((s) => [s.id, s]));

  it("shows the AP's own miles for the default systems, not miles converted from rounded kilometres", () => {
    expect(['tomahawk', 'eram', 'atacms'].map((id) => formatRange(byId.get(id)!, 'mi', 'en-US'))).toEqual([
      '995 mi',
      '285 mi',
      '186 mi',
    ]);
    expect(formatRange({ rangeKm: 1600 }, 'mi', 'en-US')).toBe('994 mi');
  });

  it('converts where the source gave no figure in that unit, and at the ends of a band', () => {
    expect(formatRange(byId.get('tomahawk')!, 'nmi', 'en-US')).toBe('864 nmi');
    expect(formatRange(byId.get('tomahawk')!, 'km', 'en-US')).toBe('1,600 km');
    expect(formatRange(byId.get('eram')!, 'mi', 'en-US', 240)).toBe('149 mi');
    expect(formatRange({ rangeKm: 1600, rangeNmi: 860 }, 'nmi', 'en-US')).toBe('860 nmi');
  });
});
