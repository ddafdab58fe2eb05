// The style sheet that dims the labels of every system but the highlighted one, read back by a CSS parser
// (Lightning CSS, as the build's): one rule, valid, naming the map and the highlighted system exactly, whatever
// characters a user's system id holds.
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { dimmedLabelsCss } from '../../src/map/dimmedLabelsCss';
import { DIMMED_LABEL_OPACITY } from '../../src/scenario';

/** The sheet as a CSS parser reads it back (minified: one canonical spelling), with its warnings. */
function parsed(css: string): { code: string; warnings: string[] } {
  const out = transform({
    filename: 'dimmed.css',
    code: Buffer.from(css),
    minify: true,
    errorRecovery: false,
  });
  return { code: out.code.toString(), warnings: out.warnings.map((w) => w.message) };
}

describe('dimmedLabelsCss', () => {
  it('is empty with nothing highlighted', () => {
    expect(dimmedLabelsCss('1', null)).toBe('');
  });

  it('dims, in its map only, the labels of the systems that are not highlighted', () => {
    const { code, warnings } = parsed(dimmedLabelsCss('3', 'eram'));
    expect(warnings).toEqual([]);
    const minified = String(DIMMED_LABEL_OPACITY).replace(/^0\./, '.');
    expect(code).toBe(
      `[data-dimmed-labels="3"] .ring-label[data-system]:not([data-system=eram]){opacity:${minified}}`,
    );
  });

  it.each([
    ['a quote and a backslash', 'storm "shadow" \\ 2'],
    ['a line break', 'two\nlines'],
    ['letters of other scripts', 'فاتح-110'],
  ])('names the highlighted system exactly when its id holds %s', (_, id) => {
    const { code, warnings } = parsed(dimmedLabelsCss('1', id));
    expect(warnings).toEqual([]);
    // the parser's own spelling of the id, read back from a sheet that writes every character of it as a
    // six-digit code point escape (a spelling that needs no rule for which characters to escape)
    const everyEscaped = [...id]
      .map((c) => `\\${(c.codePointAt(0) ?? 0).toString(16).padStart(6, '0')}`)
      .join('');
    const alone = parsed(`[data-system="${everyEscaped}"]{opacity:0}`).code;
    const value = alone.slice('[data-system='.length, alone.indexOf(']{'));
    expect(code).toContain(`:not([data-system=${value}])`);
    expect(code.match(/\{/g)).toHaveLength(1);
  });
});
