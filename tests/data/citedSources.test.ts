import { describe, expect, it } from 'vitest';
import { citedSources, hasBand, shortCitation } from '../../src/data';

const AP = { publisher: 'Associated Press', title: 'Trump weighs Tomahawks for Ukraine', date: '2025-10-16' };
const WSJ = { publisher: 'The Wall Street Journal', date: '2025-08' };

describe('hasBand', () => {
  it('is true only with both ends given and the upper above the lower', () => {
    expect(hasBand({ rangeMinKm: 240, rangeMaxKm: 460 })).toBe(true);
    expect(hasBand({ rangeMaxKm: 2500 })).toBe(false);
    expect(hasBand({ rangeMinKm: 240 })).toBe(false);
    expect(hasBand({ rangeMinKm: 300, rangeMaxKm: 300 })).toBe(false);
    expect(hasBand({})).toBe(false);
  });
});

describe('citedSources', () => {
  it('names the first source for a ring, and every source for a band, whose ends may come from another', () => {
    expect(citedSources({ sources: [AP, WSJ] })).toEqual([AP]);
    expect(citedSources({ rangeMinKm: 240, rangeMaxKm: 460, sources: [AP, WSJ] })).toEqual([AP, WSJ]);
    expect(citedSources({ rangeMinKm: 240, rangeMaxKm: 460 })).toEqual([]);
  });
});

describe('shortCitation', () => {
  it('is the publisher and date, else the title, else nothing', () => {
    expect(shortCitation(AP)).toBe('Associated Press, 2025-10-16');
    expect(shortCitation({ publisher: 'Janes' })).toBe('Janes');
    expect(shortCitation({ title: 'My notes' })).toBe('My notes');
    expect(shortCitation({ url: 'https://example.org/' })).toBe('');
  });
});
