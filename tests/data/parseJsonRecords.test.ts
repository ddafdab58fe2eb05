import { type ParseError, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblems, MAX_SYNTAX_PROBLEMS } from '../../src/data/jsonSyntaxProblems';
import { lineIndex } from '../../src/data/lineIndex';
import { MAX_JSON_DEPTH, parseJsonRecords } from '../../src/data/parseJsonRecords';

const read = (text: string) => parseJsonRecords(text, lineIndex(text), 'f.json');

describe('parseJsonRecords', () => {
  it('locates records and their fields, and keeps the kind of deeper values only', () => {
    const text = '{\n  "systems": [\n    {\n      "name": "ERAM",\n      "x": [[[[1]]]]\n    }\n  ]\n}';
    const { records, problems } = read(text);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        kind: 'object',
        line: 3,
        members: [
          { key: 'name', line: 4, value: { kind: 'string', line: 4, value: 'ERAM' } },
          {
            key: 'x',
            line: 5,
            value: {
              kind: 'array',
              line: 5,
              items: [
                {
                  kind: 'array',
                  line: 5,
                  items: [{ kind: 'array', line: 5, items: [{ kind: 'array', line: 5 }] }],
                },
              ],
            },
          },
        ],
      },
    ]);
  });

  it(`stops before nesting deeper than ${MAX_JSON_DEPTH} levels, ignoring brackets in texts`, () => {
    expect(read(`["${'['.repeat(1000)}"]`).problems).toEqual([]);
    expect(read('['.repeat(MAX_JSON_DEPTH)).problems[0]?.message).not.toContain('nested');
    expect(read('['.repeat(MAX_JSON_DEPTH + 1)).problems[0]?.message).toBe(
      `f.json, line 1, column ${MAX_JSON_DEPTH + 1}: nested more than ${MAX_JSON_DEPTH} levels deep; a systems file needs 4, so nothing was read`,
    );
  });
});

describe('jsonSyntaxProblems', () => {
  const problemsOf = (text: string) => {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true });
    return jsonSyntaxProblems(text, errors, lineIndex(text)).map((problem) => problem.message);
  };

  it('speaks plain English, with line and column', () => {
    expect(problemsOf('[1,2,]')).toEqual(['line 1, column 5: trailing comma: JSON allows no "," before "]"']);
    expect(problemsOf('{\n  "a" 1\n}')).toEqual(['line 2, column 7: expected ":" after the field name']);
    expect(problemsOf('["a\tb"]')).toEqual([
      'line 1, column 2: control character inside a text: write line breaks and tabs as \\n and \\t',
    ]);
    expect(problemsOf('[\n  @\n]')).toEqual(['line 2, column 3: unexpected "@"']);
    expect(problemsOf('["open')).toContain('line 1, column 2: a text is not closed with "');
  });

  it(`lists at most ${MAX_SYNTAX_PROBLEMS} and counts the rest`, () => {
    const messages = problemsOf(`[${'@ '.repeat(50)}]`);
    expect(messages).toHaveLength(MAX_SYNTAX_PROBLEMS + 1);
    expect(messages.at(-1)).toBe('30 more JSON syntax errors not listed');
  });
});
