import { describe, expect, it } from 'vitest';
import { makeProblem } from '../../src/data/makeProblem';

describe('makeProblem', () => {
  it('says where in the message, and in the fields', () => {
    expect(
      makeProblem('error', 'range must be a positive number, got "-5"', {
        fileName: 'systems.csv',
        line: 4,
        field: 'range_km',
        recordId: 'eram',
      }),
    ).toEqual({
      severity: 'error',
      message:
        'systems.csv, line 4, field "range_km" (record "eram"): range must be a positive number, got "-5"',
      line: 4,
      field: 'range_km',
      recordId: 'eram',
      fileName: 'systems.csv',
    });
  });

  it('puts the column in the message only, and leaves out what it does not know', () => {
    expect(makeProblem('error', 'expected a value', { line: 2, column: 7 })).toEqual({
      severity: 'error',
      message: 'line 2, column 7: expected a value',
      line: 2,
    });
    expect(makeProblem('warning', 'no source', { recordId: 'x' }).message).toBe('record "x": no source');
    expect(makeProblem('warning', 'empty')).toEqual({ severity: 'warning', message: 'empty' });
  });

  it('quotes odd field names on one line', () => {
    expect(makeProblem('warning', 'unknown', { field: 'a"\nb' }).message).toBe('field "a\\"\\nb": unknown');
  });
});
