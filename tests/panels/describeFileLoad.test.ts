// The loader's one-line report: the counts read, and honestly how many systems went onto the map.
import { describe, expect, it } from 'vitest';
import { describeFileLoad, type FileLoadCounts } from '../../src/panels/describeFileLoad';

const base: FileLoadCounts = {
  fileName: 'big.csv',
  systemCount: 0,
  errorCount: 0,
  warningCount: 0,
  addedCount: 0,
  customBefore: 0,
  maxCustom: 50,
};
const say = (counts: Partial<FileLoadCounts>) => describeFileLoad({ ...base, ...counts });

describe('describeFileLoad', () => {
  it('says "loaded" when every system read was added', () => {
    expect(say({ fileName: 'extra.csv', systemCount: 2, addedCount: 2, errorCount: 2 })).toBe(
      'extra.csv: 2 systems loaded, 2 errors.',
    );
    expect(say({ systemCount: 1, addedCount: 1, warningCount: 1 })).toBe(
      'big.csv: 1 system loaded, 1 warning.',
    );
    expect(say({ errorCount: 1 })).toBe('big.csv: 0 systems loaded, 1 error.');
  });

  it('says how many were read and that only the first ones fit', () => {
    expect(say({ systemCount: 49_800, errorCount: 200, addedCount: 50 })).toBe(
      'big.csv: 49,800 systems read, 200 errors; the first 50 were added — a map holds at most 50 custom systems.',
    );
    expect(say({ systemCount: 60, warningCount: 1_234, addedCount: 1, customBefore: 49 })).toBe(
      'big.csv: 60 systems read, 1,234 warnings; the first 1 was added — a map holds at most 50 custom systems, and 49 were already on it.',
    );
  });

  it('says none were added when the map is full', () => {
    expect(say({ systemCount: 3, addedCount: 0, customBefore: 50 })).toBe(
      'big.csv: 3 systems read; none were added — a map holds at most 50 custom systems, and 50 were already on it.',
    );
  });
});
