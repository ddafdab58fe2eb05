import { describe, expect, it } from 'vitest';
import { cleanText, truncateText } from '../../src/data/cleanText';

describe('cleanText', () => {
  it('trims, turns tabs and line breaks into single spaces, removes other control characters', () => {
    expect(cleanText('  Storm\t\tShadow\r\n/ SCALP\u0000-EG\u0085 \u009b')).toBe('Storm Shadow / SCALP-EG');
  });

  it('leaves no double space where a control character stood, and keeps words apart at a NEL line break', () => {
    expect(cleanText('Storm \u0007 Shadow')).toBe('Storm Shadow');
    expect(cleanText('Storm\u0085Shadow')).toBe('Storm Shadow');
    for (const text of ['a \u0007 b', '\t\n', 'x\u0085y', ' \u009b\u00a0ERAM\u2028']) {
      expect(cleanText(cleanText(text))).toBe(cleanText(text));
    }
  });

  it('keeps markup as text', () => {
    expect(cleanText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });

  it('removes bidi embeddings, overrides and isolates, keeps the marks and right-to-left letters', () => {
    const controls = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(cleanText(`Front\u202e line ${controls}north`)).toBe('Front line north');
    expect(cleanText(`\u202e ${controls} `)).toBe('');
    expect(cleanText('קריית שמונה\u200f 2')).toBe('קריית שמונה\u200f 2');
    expect(cleanText('Як далеко — Zürich 🚀 test')).toBe('Як далеко — Zürich 🚀 test');
  });

  it('replaces lone surrogates, keeps pairs', () => {
    expect(cleanText('a\ud800b\udc00c 🚀')).toBe('a\ufffdb\ufffdc 🚀');
  });
});

describe('truncateText', () => {
  it('cuts by code points and marks the cut', () => {
    expect(truncateText('🚀🚀🚀🚀', 3)).toBe('🚀🚀…');
    expect(truncateText('ERAM', 4)).toBe('ERAM');
  });
});
