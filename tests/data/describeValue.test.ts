// How messages name a value: texts quoted and cut to 40 code points, numbers as written, the rest by kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue, quote } from '../../src/data';

/** The rule written plainly, over the whole text. */
function quotedWhole(text: string): string {
  const points = Array.from(text);
  return JSON.stringify(points.length > 40 ? `${points.slice(0, 39).join('')}…` : text);
}

describe('quote', () => {
  it('quotes a short text whole and cuts a long one to 39 code points and an ellipsis', () => {
    expect(quote('range_km')).toBe('"range_km"');
    expect(quote('a\tb')).toBe('"a\\tb"');
    expect(quote('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
    expect(quote('x'.repeat(41))).toBe(`"${'x'.repeat(39)}…"`);
    expect(quote('🚀'.repeat(40))).toBe(`"${'🚀'.repeat(40)}"`);
    expect(quote('🚀'.repeat(41))).toBe(`"${'🚀'.repeat(39)}…"`);
    expect(quote(`${'x'.repeat(39)}\ud800${'y'.repeat(100)}`)).toBe(`"${'x'.repeat(39)}…"`);
    expect(quote('x'.repeat(5_000_000))).toBe(`"${'x'.repeat(39)}…"`);
  });

  it('reads only the head of a text, yet says what the whole rule says', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.string({ unit: fc.constantFrom('a', '🚀', '\ud800', '\udc00', 'é'), maxLength: 120 }),
    );
    fc.assert(fc.property(text, (t) => quote(t) === quotedWhole(t)));
  });
});

describe('describeValue', () => {
  it.each([
    ['range-rings:nope', '"range-rings:nope"'],
    [-5, '-5'],
    [10n, '10'],
    [true, 'true'],
    [null, 'null'],
    [undefined, 'nothing'],
    [[1, 2], 'a list'],
    [{ a: 1 }, 'an object'],
    [() => 1, 'a function'],
    [Symbol('s'), 'a symbol'],
  ])('%s → %s', (value, described) => {
    expect(describeValue(value)).toBe(described);
  });
});
