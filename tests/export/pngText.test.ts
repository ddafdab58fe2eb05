// The PNG text chunk, checked by independent code: pngjs decodes the result (it checks the CRCs of the chunks it
// reads, but skips ancillary ones such as tEXt unread), and Node's zlib.crc32 checks every chunk's CRC.
import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { addPngText, pngCrc32, pngTextBytes, readPngText } from '../../src/export/pngText';

const KEYWORD = 'range-rings-scenario';

function smallPng(width = 3, height = 2): Uint8Array {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

/** The chunks of a PNG, in order, each with whether its stored CRC is the one zlib computes. */
function chunks(bytes: Uint8Array): { type: string; crcOk: boolean }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: { type: string; crcOk: boolean }[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const crcOk = crc32(bytes.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length);
    found.push({ type: String.fromCharCode(...bytes.subarray(at + 4, at + 8)), crcOk });
    at += 12 + length;
  }
  return found;
}

const chunkTypes = (bytes: Uint8Array) => chunks(bytes).map((c) => c.type);

describe('pngCrc32', () => {
  it('gives the published check value and the IEND chunk CRC', () => {
    expect(pngCrc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(pngCrc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});

describe('addPngText / readPngText', () => {
  const query = 'sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms&title=Ringe%20%C3%BCber%20Kyiv';

  it('round-trips a scenario query in a tEXt chunk just before IEND', () => {
    const tagged = addPngText(smallPng(), KEYWORD, query);
    expect(readPngText(tagged, KEYWORD)).toBe(query);
    expect(chunkTypes(tagged).slice(-2)).toEqual(['tEXt', 'IEND']);
  });

  it('writes chunks pngjs accepts, every CRC right, with the image unchanged', () => {
    const original = smallPng(5, 4);
    const tagged = addPngText(original, KEYWORD, query);
    expect(chunks(tagged).every((c) => c.crcOk)).toBe(true);
    expect(chunks(addPngText(original, KEYWORD, 'title=Як далеко')).every((c) => c.crcOk)).toBe(true);
    const decoded = PNG.sync.read(Buffer.from(tagged), { checkCRC: true });
    const before = PNG.sync.read(Buffer.from(original));
    expect([decoded.width, decoded.height]).toEqual([5, 4]);
    expect(Buffer.compare(decoded.data, before.data)).toBe(0);
  });

  it('stores text beyond Latin-1 as UTF-8 in an iTXt chunk', () => {
    const text = 'title=Як далеко · 射程';
    const tagged = addPngText(smallPng(), KEYWORD, text);
    expect(chunkTypes(tagged)).toContain('iTXt');
    expect(readPngText(tagged, KEYWORD)).toBe(text);
    expect(() => PNG.sync.read(Buffer.from(tagged))).not.toThrow();
  });

  it('replaces the text stored under the same keyword and keeps other keywords', () => {
    const once = addPngText(addPngText(smallPng(), 'Software', 'Range Rings'), KEYWORD, 'a=1');
    const twice = addPngText(once, KEYWORD, 'b=2');
    expect(readPngText(twice, KEYWORD)).toBe('b=2');
    expect(readPngText(twice, 'Software')).toBe('Range Rings');
    expect(chunkTypes(twice).filter((t) => t === 'tEXt')).toHaveLength(2);
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const tagged = addPngText(smallPng(), KEYWORD, text);
        const expected = text.replace(
          /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
          '\ufffd',
        );
        expect(readPngText(tagged, KEYWORD)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('returns null for bytes that are not a PNG, a PNG without the text, or a truncated one', () => {
    expect(readPngText(new Uint8Array([1, 2, 3]), KEYWORD)).toBeNull();
    expect(readPngText(new TextEncoder().encode('GIF89a…'), KEYWORD)).toBeNull();
    expect(readPngText(new Uint8Array(), KEYWORD)).toBeNull();
    expect(readPngText(smallPng(), KEYWORD)).toBeNull();
    const tagged = addPngText(smallPng(), KEYWORD, query);
    expect(readPngText(tagged.subarray(0, tagged.length - 20), KEYWORD)).toBeNull();
    expect(readPngText(tagged, 'other-keyword')).toBeNull();
  });

  it('ignores a text chunk whose CRC does not match', () => {
    const tagged = addPngText(smallPng(), KEYWORD, query);
    const corrupt = tagged.slice();
    const at = corrupt.length - 12 - 5; // a byte inside the tEXt chunk's text
    corrupt[at] = (corrupt[at] as number) ^ 0xff;
    expect(chunks(corrupt).find((c) => c.type === 'tEXt')?.crcOk).toBe(false);
    expect(readPngText(corrupt, KEYWORD)).toBeNull();
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, signed) => {
        const input = signed ? new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...bytes]) : bytes;
        const result = readPngText(input, KEYWORD);
        expect(result === null || typeof result === 'string').toBe(true);
      }),
    );
  });

  it('throws a clear error when adding to something that is not a whole PNG, or with a bad keyword', () => {
    expect(() => addPngText(new Uint8Array([1, 2, 3]), KEYWORD, 'x')).toThrow(/Not a PNG image/);
    const png = smallPng();
    expect(() => addPngText(png.subarray(0, png.length - 12), KEYWORD, 'x')).toThrow(/truncated.*IEND/);
    expect(() => addPngText(png, '', 'x')).toThrow(/keyword/);
    expect(() => addPngText(png, ' leading', 'x')).toThrow(/keyword/);
    expect(() => addPngText(png, 'x'.repeat(80), 'x')).toThrow(/keyword/);
    expect(() => addPngText(png, 'schlüssel', 'x')).not.toThrow();
  });
});

describe('pngTextBytes', () => {
  it('gives the size of the text under a keyword, null without one', () => {
    const png = new Uint8Array(PNG.sync.write(new PNG({ width: 1, height: 1 })));
    expect(pngTextBytes(addPngText(png, 'range-rings-scenario', 'sites=1,2'), 'range-rings-scenario')).toBe(
      9,
    );
    // iTXt: 4 bytes of flags and empty language and translated keyword, then 8 bytes of UTF-8
    expect(pngTextBytes(addPngText(png, 'range-rings-scenario', 'Київ'), 'range-rings-scenario')).toBe(12);
    expect(pngTextBytes(png, 'range-rings-scenario')).toBeNull();
    expect(pngTextBytes(new Uint8Array([1, 2, 3]), 'range-rings-scenario')).toBeNull();
  });
});
