// readEmbedOptions and readChildId: the embedding parameters of the map's own URL, read as hand-typed.
import { describe, expect, it } from 'vitest';
import { readChildId, readEmbedOptions } from '../../src/embed';

describe('readEmbedOptions', () => {
  it('is off, without controls or allowed origins, for a plain link', () => {
    const off = { embed: false, controls: false, allowedOrigins: [] };
    expect(readEmbedOptions('')).toStrictEqual(off);
    expect(readEmbedOptions('?sites=50.45,30.52&systems=atacms')).toStrictEqual(off);
    expect(readEmbedOptions('?embed=0&controls=no')).toStrictEqual(off);
  });

  it('turns embed mode and controls on with 1 or true, in any letter case, with or without "?"', () => {
    expect(readEmbedOptions('?embed=1')).toMatchObject({ embed: true, controls: false });
    expect(readEmbedOptions('embed=1&controls=1')).toMatchObject({ embed: true, controls: true });
    expect(readEmbedOptions('?Embed=TRUE&CONTROLS=true')).toMatchObject({ embed: true, controls: true });
    expect(readEmbedOptions('?embed=2')).toMatchObject({ embed: false });
    expect(readEmbedOptions('?embed')).toMatchObject({ embed: false });
  });

  it('reads origin= and allow= as comma-separated lists, normalised, each once', () => {
    const search =
      '?embed=1&origin=https://News.Example.org/,http://localhost:5173&allow=https://news.example.org:443,https://staging.example.org';
    expect(readEmbedOptions(search).allowedOrigins).toEqual([
      'https://news.example.org',
      'http://localhost:5173',
      'https://staging.example.org',
    ]);
    expect(
      readEmbedOptions('?origin=https%3A%2F%2Fa.example&origin=https://b.example').allowedOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
  });

  it.each([
    '*',
    'null',
    'example.org',
    'ftp://example.org',
    'javascript:alert(1)',
    'data:text/html,x',
    'file:///tmp',
    'https://*.example.org',
    'https://example.org/story',
    'https://example.org?x=1',
    'https://example.org#top',
    'https://user:pw@example.org',
    'https://',
    'https:// example.org',
    'https://exa mple.org',
    '',
  ])('drops %j, which is not an http(s) origin', (origin) => {
    const search = `?embed=1&origin=${encodeURIComponent(origin)},https://ok.example`;
    expect(readEmbedOptions(search).allowedOrigins).toEqual(['https://ok.example']);
  });

  it('keeps IP addresses and ports', () => {
    expect(readEmbedOptions('?allow=http://127.0.0.1:8080,http://[::1]:3000').allowedOrigins).toEqual([
      'http://127.0.0.1:8080',
      'http://[::1]:3000',
    ]);
  });

  it('keeps at most 20 origins', () => {
    const many = Array.from({ length: 30 }, (_, i) => `https://h${i}.example`).join(',');
    expect(readEmbedOptions(`?allow=${many}`).allowedOrigins).toHaveLength(20);
  });

  it('never throws on odd input', () => {
    for (const search of ['?%', '?embed=%E0%A4%A', '&&&', '?=1', '?origin=%00']) {
      expect(() => readEmbedOptions(search)).not.toThrow();
    }
    expect(readEmbedOptions(undefined as unknown as string).embed).toBe(false);
  });
});

describe('readChildId', () => {
  it("reads pym.js's childId, else the frame's name, else ''", () => {
    expect(readChildId('?embed=1&initialWidth=640&childId=map-1&parentTitle=x', 'frame')).toBe('map-1');
    expect(readChildId('?embed=1&childid=map-2', '')).toBe('map-2');
    expect(readChildId('?embed=1', 'range-rings-frame')).toBe('range-rings-frame');
    expect(readChildId('?embed=1&childId=', 'frame')).toBe('frame');
    expect(readChildId('', '')).toBe('');
  });
});
