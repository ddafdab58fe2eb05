import { describe, expect, it } from 'vitest';
import { countLineBreaks, lineIndex } from '../../src/data/lineIndex';

describe('lineIndex', () => {
  it('counts \\n, \\r\\n and lone \\r as one line break each', () => {
    const text = 'a\nb\r\nc\rd';
    const index = lineIndex(text);
    expect(index.lineCount).toBe(4);
    expect([0, 2, 5, 7].map((offset) => index.position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    // The \n of a \r\n still belongs to line 2.
    expect(index.position(4)).toEqual({ line: 2, column: 3 });
  });

  it('has one line for an empty text, and clamps offsets into the text', () => {
    const index = lineIndex('');
    expect(index.lineCount).toBe(1);
    expect(index.position(-5)).toEqual({ line: 1, column: 1 });
    expect(lineIndex('ab\n').position(99)).toEqual({ line: 2, column: 1 });
    expect(lineIndex('ab').position(Number.NaN)).toEqual({ line: 1, column: 1 });
  });

  it('agrees with splitting the text on line breaks', () => {
    for (const text of ['', '\n', '\r\n\r\n', 'x\r\ry', 'a\n\rb']) {
      expect(lineIndex(text).lineCount).toBe(text.split(/\r\n|\r|\n/).length);
      expect(countLineBreaks(text)).toBe(text.split(/\r\n|\r|\n/).length - 1);
    }
  });
});
