// Properties of parseCoordinates: no input makes it throw, and every position written in a supported style
// reads back as itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCoordinates } from '../../src/data';

const RUNS = { seed: 20251016, numRuns: 3000 };

// Characters the parser gives meaning to, so random text often gets deep into it.
const ALPHABET = [...'0123456789.,;:/ -+−–NSEWnsew°º˚′\'’‘″"”“ʹʺ()[]xlatong\t'];
const nearCoordinates = fc
  .array(fc.constantFrom(...ALPHABET, '49', '36.23', 'lat', 'lon', 'north', 'deg', 'geo:'), { maxLength: 30 })
  .map((parts) => parts.join(''));

function checkResult(text: string): void {
  const result = parseCoordinates(text);
  if ('error' in result) {
    expect(typeof result.error).toBe('string');
    expect(result.error.trim()).not.toBe('');
  } else {
    const [lon, lat] = result.lonLat;
    expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    expect(Math.abs(lat)).toBeLessThanOrEqual(90);
  }
}

// A position in degrees, and how to write one angle of it.
const position = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

function dms(degrees: number, letters: [string, string], style: number): string {
  const letter = degrees < 0 ? letters[1] : letters[0];
  const totalSeconds = Math.round(Math.abs(degrees) * 3600 * 100) / 100;
  const d = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds - d * 3600) / 60);
  const s = (totalSeconds - d * 3600 - m * 60).toFixed(2);
  if (style === 0) return `${d}°${m}′${s}″${letter}`;
  if (style === 1) return `${d}°${m}'${s}"${letter}`;
  if (style === 2) return `${letter}${d} ${m} ${s}`;
  return `${d}:${m}:${s} ${letter}`;
}

describe('parseCoordinates properties', () => {
  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), checkResult), RUNS);
  });

  it('never throws on text made of the characters it reads', () => {
    fc.assert(fc.property(nearCoordinates, checkResult), RUNS);
  });

  it('reads decimal degrees back, latitude first', () => {
    fc.assert(
      fc.property(position, fc.constantFrom(', ', ' ', ','), ({ lat, lon }, separator) => {
        const result = parseCoordinates(`${lat.toFixed(6)}${separator}${lon.toFixed(6)}`);
        expect(result).toEqual({ lonLat: [Number(lon.toFixed(6)) + 0, Number(lat.toFixed(6)) + 0] });
      }),
      RUNS,
    );
  });

  it('reads degrees-minutes-seconds back in every style, either order when lettered', () => {
    fc.assert(
      fc.property(position, fc.integer({ min: 0, max: 3 }), fc.boolean(), ({ lat, lon }, style, swap) => {
        const latText = dms(lat, ['N', 'S'], style);
        const lonText = dms(lon, ['E', 'W'], style);
        const text = swap ? `${lonText}, ${latText}` : `${latText}, ${lonText}`;
        const result = parseCoordinates(text);
        if ('error' in result) throw new Error(`${text}: ${result.error}`);
        // Seconds written to 2 decimals: within 0.005″ (1.4e-6°) of the position.
        expect(Math.abs(result.lonLat[0] - lon)).toBeLessThan(2e-6);
        expect(Math.abs(result.lonLat[1] - lat)).toBeLessThan(2e-6);
      }),
      RUNS,
    );
  });
});
