import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { droppedTextKind } from '../../src/app/droppedTextKind';

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

describe('droppedTextKind', () => {
  it('tells saved maps from systems files by their content', () => {
    expect(droppedTextKind(read('scenarios/v1-antimeridian-fiji.json'))).toBe('scenario');
    expect(droppedTextKind(read('scenarios/v1-bare-localstorage.json'))).toBe('scenario');
    expect(droppedTextKind(read('data/user/two-systems.json'))).toBe('systems');
    expect(droppedTextKind(read('data/comments-and-trailing-commas.json'))).toBe('systems');
    expect(droppedTextKind(read('data/user/two-systems.csv'))).toBe('systems');
    expect(droppedTextKind(read('data/locale/semicolon-german.csv'))).toBe('systems');
    expect(droppedTextKind(read('data/locale/tab-decimal-comma.tsv'))).toBe('systems');
    expect(droppedTextKind('\ufeff[{"name": "A", "range_km": 1}]')).toBe('systems');
  });

  it('sends broken JSON to the reader that will name its line', () => {
    expect(droppedTextKind('{"systems": [ {"name": "A",')).toBe('systems');
    expect(droppedTextKind('{"format": "range-rings-scenario", "scenario": {')).toBe('scenario');
  });

  it('knows neither in plain text', () => {
    expect(droppedTextKind('hello')).toBe('unknown');
    expect(droppedTextKind('')).toBe('unknown');
  });
});

describe('droppedTextKind and SVG', () => {
  it('tells an SVG by its root, whatever comes before it', () => {
    expect(droppedTextKind('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')).toBe('svg');
    expect(droppedTextKind('\ufeff<!-- Inkscape -->\n<svg\n width="1"></svg>')).toBe('svg');
    expect(droppedTextKind('<html><body>no</body></html>')).toBe('unknown');
  });
});
