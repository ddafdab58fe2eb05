// Text in a PNG's own metadata chunks (tEXt, or iTXt when the text is not Latin-1), written and read on bytes
// alone, no DOM. Compressed text (zTXt, compressed iTXt) is never written and is skipped when reading.

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const CHUNK_OVERHEAD = 12; // length, type and CRC
const TEXT_TYPES = new Set(['tEXt', 'iTXt', 'zTXt']);

let crcTable: Uint32Array | null = null;

/**
 * CRC-32 (ISO 3309, the one PNG uses) of `bytes[start, end)`.
 *
 * @example
 * pngCrc32(new TextEncoder().encode('IEND')); // 0xae426082
 */
export function pngCrc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) {
    crc = (crcTable[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  /** Offset just past its CRC. */
  end: number;
  dataStart: number;
  dataEnd: number;
}

function isPng(png: Uint8Array): boolean {
  return png.length >= SIGNATURE.length && SIGNATURE.every((b, i) => png[i] === b);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] as number) << 24) |
      ((bytes[at + 1] as number) << 16) |
      ((bytes[at + 2] as number) << 8) |
      (bytes[at + 3] as number)) >>>
    0
  );
}

function writeUint32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

/** The chunks up to and including IEND; `complete` is false when the bytes end before IEND or mid-chunk. */
function readChunks(png: Uint8Array): { chunks: Chunk[]; complete: boolean } {
  const chunks: Chunk[] = [];
  let at = SIGNATURE.length;
  while (at + CHUNK_OVERHEAD <= png.length) {
    const length = readUint32(png, at);
    const end = at + CHUNK_OVERHEAD + length;
    if (end > png.length) break;
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, start: at, end, dataStart: at + 8, dataEnd: end - 4 });
    if (type === 'IEND') return { chunks, complete: true };
    at = end;
  }
  return { chunks, complete: false };
}

function crcMatches(png: Uint8Array, chunk: Chunk): boolean {
  return pngCrc32(png, chunk.start + 4, chunk.dataEnd) === readUint32(png, chunk.dataEnd);
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  // in slices: spreading a long array into fromCharCode overflows the call stack
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/** The keyword of a text chunk (the bytes before its first NUL), or null without one. */
function chunkKeyword(png: Uint8Array, chunk: Chunk): string | null {
  // a keyword has at most 79 bytes: a huge chunk is never scanned for its end
  const nul = png.subarray(chunk.dataStart, Math.min(chunk.dataEnd, chunk.dataStart + 80)).indexOf(0);
  return nul < 0 ? null : latin1(png.subarray(chunk.dataStart, chunk.dataStart + nul));
}

// PNG keywords: 1–79 printable Latin-1 characters, no leading, trailing or double spaces (PNG spec 11.3.4.2).
function checkKeyword(keyword: string): void {
  const printable = [...keyword].every((ch) => {
    const code = ch.charCodeAt(0);
    return ch.length === 1 && ((code >= 32 && code <= 126) || (code >= 161 && code <= 255));
  });
  if (
    keyword.length < 1 ||
    keyword.length > 79 ||
    !printable ||
    keyword !== keyword.trim() ||
    keyword.includes('  ')
  ) {
    throw new Error(
      `PNG text keyword "${keyword}" is not allowed: it must be 1–79 printable Latin-1 characters without leading, trailing or double spaces.`,
    );
  }
}

function textChunkData(keyword: string, text: string): { type: 'tEXt' | 'iTXt'; data: Uint8Array } {
  const keywordBytes = Uint8Array.from(keyword, (ch) => ch.charCodeAt(0));
  const isLatin1 = [...text].every(
    (ch) => ch.length === 1 && ch.charCodeAt(0) > 0 && ch.charCodeAt(0) <= 255,
  );
  if (isLatin1) {
    const data = new Uint8Array(keywordBytes.length + 1 + text.length);
    data.set(keywordBytes);
    for (let i = 0; i < text.length; i++) data[keywordBytes.length + 1 + i] = text.charCodeAt(i);
    return { type: 'tEXt', data };
  }
  // iTXt: keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translation + NUL, UTF-8
  const utf8 = new TextEncoder().encode(text);
  const head = keywordBytes.length + 5;
  const data = new Uint8Array(head + utf8.length);
  data.set(keywordBytes);
  data.set(utf8, head);
  return { type: 'iTXt', data };
}

/**
 * A copy of a PNG with `text` stored under `keyword`, just before IEND: a `tEXt` chunk when the text is
 * Latin-1, else an uncompressed UTF-8 `iTXt` chunk. Text chunks already holding that keyword are removed, so
 * storing again replaces. Throws an Error saying why on bytes that are not a whole PNG or on a bad keyword.
 *
 * @example
 * const tagged = addPngText(png, 'range-rings-scenario', 'sites=49.9935,36.2304,Kharkiv&systems=atacms');
 * readPngText(tagged, 'range-rings-scenario'); // 'sites=49.9935,36.2304,Kharkiv&systems=atacms'
 */
export function addPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  checkKeyword(keyword);
  if (!isPng(png)) throw new Error('Not a PNG image: the file does not start with the PNG signature.');
  const { chunks, complete } = readChunks(png);
  const iend = chunks[chunks.length - 1];
  if (!complete || !iend) throw new Error('The PNG image is truncated: it has no IEND chunk.');
  const kept = chunks.filter(
    (c) => c !== iend && !(TEXT_TYPES.has(c.type) && chunkKeyword(png, c) === keyword),
  );
  const { type, data } = textChunkData(keyword, text);
  const keptBytes = kept.reduce((sum, c) => sum + c.end - c.start, 0);
  const out = new Uint8Array(SIGNATURE.length + keptBytes + CHUNK_OVERHEAD + data.length + CHUNK_OVERHEAD);
  out.set(png.subarray(0, SIGNATURE.length));
  let at = SIGNATURE.length;
  for (const c of kept) {
    out.set(png.subarray(c.start, c.end), at);
    at += c.end - c.start;
  }
  writeUint32(out, at, data.length);
  for (let i = 0; i < 4; i++) out[at + 4 + i] = type.charCodeAt(i);
  out.set(data, at + 8);
  writeUint32(out, at + 8 + data.length, pngCrc32(out, at + 4, at + 8 + data.length));
  at += CHUNK_OVERHEAD + data.length;
  out.set(png.subarray(iend.start, iend.end), at);
  return out;
}

/** The text of an iTXt chunk's data after its keyword's NUL, or null when compressed or not UTF-8. */
function iTxtText(data: Uint8Array): string | null {
  const compressed = data[0] !== 0;
  const language = data.indexOf(0, 2);
  const translated = language < 0 ? -1 : data.indexOf(0, language + 1);
  if (compressed || translated < 0) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(translated + 1));
  } catch {
    return null;
  }
}

/**
 * The size in bytes of the text stored under `keyword` (its first tEXt or iTXt chunk), without reading the
 * text or checking it: lets a reader refuse a huge one before decoding it. null when there is none.
 *
 * @example
 * pngTextBytes(tagged, 'range-rings-scenario'); // 44
 */
export function pngTextBytes(png: Uint8Array, keyword: string): number | null {
  if (!isPng(png)) return null;
  for (const chunk of readChunks(png).chunks) {
    if (chunk.type !== 'tEXt' && chunk.type !== 'iTXt') continue;
    if (chunkKeyword(png, chunk) === keyword) return chunk.dataEnd - chunk.dataStart - keyword.length - 1;
  }
  return null;
}

/**
 * The text stored under `keyword` in a tEXt or uncompressed iTXt chunk, or null: when the bytes are not a PNG,
 * no such chunk comes before IEND (or before the bytes end), or its CRC does not match. Never throws.
 *
 * @example
 * readPngText(tagged, 'range-rings-scenario'); // 'sites=49.9935,36.2304,Kharkiv&systems=atacms'
 * readPngText(new Uint8Array([1, 2, 3]), 'range-rings-scenario'); // null
 */
export function readPngText(png: Uint8Array, keyword: string): string | null {
  if (!isPng(png)) return null;
  for (const chunk of readChunks(png).chunks) {
    if (chunk.type !== 'tEXt' && chunk.type !== 'iTXt') continue;
    if (chunkKeyword(png, chunk) !== keyword || !crcMatches(png, chunk)) continue;
    const afterKeyword = png.subarray(chunk.dataStart + keyword.length + 1, chunk.dataEnd);
    const text = chunk.type === 'tEXt' ? latin1(afterKeyword) : iTxtText(afterKeyword);
    if (text !== null) return text;
  }
  return null;
}
