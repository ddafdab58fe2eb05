import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/scenario/plainText';

describe('plainText', () => {
  it('makes one trimmed line with single spaces and says when it removed control characters', () => {
    expect(plainText('  Kyiv\r\n\tcentre  ', 80)).toEqual({
      text: 'Kyiv centre',
      removedControls: true,
      cut: false,
    });
    expect(plainText('Kyiv \u0007 centre', 80).text).toBe('Kyiv centre');
    expect(plainText('Ky\u0000iv\u009f', 80).text).toBe('Kyiv');
    expect(plainText('Kyiv\u0085centre', 80)).toEqual({
      text: 'Kyiv centre',
      removedControls: true,
      cut: false,
    });
    expect(plainText('Kyiv\u00a0\u2009centre', 80)).toEqual({
      text: 'Kyiv centre',
      removedControls: false,
      cut: false,
    });
  });

  it('keeps markup, joiners and marks as text', () => {
    for (const text of ['<img src=x onerror=alert(1)>', '👩‍👩‍👧', 'e\u0301', '\u200fשלום']) {
      expect(plainText(text, 80).text).toBe(text);
    }
  });

  it('replaces lone surrogates and keeps pairs', () => {
    expect(plainText('a\ud800b\udc00c🚀', 80).text).toBe('a\ufffdb\ufffdc🚀');
  });

  it('cuts by code points and ends with an ellipsis', () => {
    expect(plainText('Army Tactical Missile System', 10)).toEqual({
      text: 'Army Tact…',
      removedControls: false,
      cut: true,
    });
    expect(plainText('Army Tactical', 6).text).toBe('Army…');
    expect(plainText('🚀'.repeat(5), 4).text).toBe('🚀🚀🚀…');
  });

  it('changes nothing in a text it already cleaned', () => {
    for (const text of ['a \u0007 b', ` ${'word '.repeat(30)}`, '\t\n', 'x\u0085y']) {
      const once = plainText(text, 40).text;
      expect(plainText(once, 40)).toEqual({ text: once, removedControls: false, cut: false });
    }
  });

  it('removes bidi overrides and says so, so a label cannot reverse the text after it', () => {
    expect(plainText('Kyiv\u202e', 80)).toEqual({ text: 'Kyiv', removedControls: true, cut: false });
    expect(plainText('\u2067Kyiv\u2069 north', 80).text).toBe('Kyiv north');
  });
});
