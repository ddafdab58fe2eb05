import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/data/parseCsvRecords';

describe('parseCsvRecords', () => {
  it('gives every row and cell the line it starts on', () => {
    const text = 'name,note,range_km\n"A","two\r\nlines",1\nB,,2\n';
    const { records, problems } = parseCsvRecords(text);
    expect(problems).toEqual([]);
    expect(records.map((record) => record.line)).toEqual([2, 4]);
    expect(records[0]?.members?.map((member) => [member.key, member.line])).toEqual([
      ['name', 2],
      ['note', 2],
      ['range_km', 3],
    ]);
  });

  it('normalises headers: trimmed, any case, spaces and hyphens as underscores', () => {
    const { records } = parseCsvRecords(' NAME , Range KM ,As-Of\nERAM,460,2025-10-16\n');
    expect(records[0]?.members?.map((member) => member.key)).toEqual(['name', 'range_km', 'as_of']);
  });

  it('gathers the source columns into one source, named after its columns', () => {
    const { records } = parseCsvRecords(
      'name,range_km,source,source_url\nERAM,460,WSJ,https://example.org\n',
    );
    const sources = records[0]?.members?.find((member) => member.key === 'sources');
    expect(sources).toMatchObject({ label: 'source', line: 2, value: { kind: 'array' } });
    expect(sources?.value.items?.[0]?.members?.map((member) => [member.key, member.label])).toEqual([
      ['publisher', 'source'],
      ['url', 'source_url'],
    ]);
  });

  it('finds the header below blank lines, and reports a repeated column once', () => {
    const { records, problems } = parseCsvRecords('\n\nname,range_km,name\nA,1,B\n');
    expect(records).toHaveLength(1);
    expect(records[0]?.line).toBe(4);
    expect(problems).toMatchObject([{ severity: 'warning', line: 3, field: 'name' }]);
    expect(problems[0]?.message).toContain('appears twice (columns 1 and 3)');
  });

  it('needs a header row', () => {
    expect(parseCsvRecords(',,\n ,\n').problems).toMatchObject([{ severity: 'error', line: 1 }]);
  });
});
