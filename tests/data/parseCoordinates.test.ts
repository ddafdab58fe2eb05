// parseCoordinates: the formats people type, and what it says about the ones it cannot read.
import { describe, expect, it } from 'vitest';
import { parseCoordinates } from '../../src/data';

const KHARKIV: [number, number] = [36.23, 49.99];
const DM: [number, number] = [36 + 14 / 60, 49 + 59 / 60];
const DMS: [number, number] = [36 + 14 / 60 + 15 / 3600, 49 + 59 / 60 + 30 / 3600];

function lonLatOf(text: string): [number, number] {
  const result = parseCoordinates(text);
  if ('error' in result) throw new Error(`${text}: ${result.error}`);
  return result.lonLat;
}

function errorOf(text: string): string {
  const result = parseCoordinates(text);
  return 'error' in result ? result.error : `no error: ${JSON.stringify(result.lonLat)}`;
}

describe('parseCoordinates reads', () => {
  it.each([
    ['49.99, 36.23', KHARKIV],
    ['49.99 36.23', KHARKIV],
    ['49.99,36.23', KHARKIV],
    ['  49.99 ,\t36.23  ', KHARKIV],
    ['49.99N 36.23E', KHARKIV],
    ['49.99 N, 36.23 E', KHARKIV],
    ['49.99n 36.23e', KHARKIV],
    ['N49.99 E36.23', KHARKIV],
    ['N 49.99, E 36.23', KHARKIV],
    ['49.99N E36.23', KHARKIV],
    ['49.99 north 36.23 east', KHARKIV],
    ['36.23E 49.99N', KHARKIV],
    ['E36.23 N49.99', KHARKIV],
    ['lat 49.99 lon 36.23', KHARKIV],
    ['lng: 36.23, lat: 49.99', KHARKIV],
    ['Latitude=49.99; Longitude=36.23', KHARKIV],
    ['49.99°, 36.23°', KHARKIV],
    ['49.99° 36.23', KHARKIV],
    ['49.99°N 36.23°E', KHARKIV],
    ['+49.99 +36.23', KHARKIV],
    ['49,99; 36,23', KHARKIV],
    ['49,99 36,23', KHARKIV],
    ['geo:49.99,36.23', KHARKIV],
    ['(49.99, 36.23)', KHARKIV],
    ['"49.99, 36.23"', KHARKIV],
    ['49°59′N 36°14′E', DM],
    ["49°59'N 36°14'E", DM],
    ['49º59’N 36º14’E', DM],
    ['49˚59ʹN 36˚14ʹE', DM],
    ['49 59 N 36 14 E', DM],
    ['N 49 59 E 36 14', DM],
    ['49 59 36 14', DM],
    ['49 deg 59 min N, 36 deg 14 min E', DM],
    ['49°59′30″N 36°14′15″E', DMS],
    ['49°59\'30"N 36°14\'15"E', DMS],
    ["49°59'30''N 36°14'15''E", DMS],
    ['49°59’30”N 36°14’15”E', DMS],
    ['49° 59′ 30″ N, 36° 14′ 15″ E', DMS],
    ['49 59 30 N, 36 14 15 E', DMS],
    ['49:59:30N 36:14:15E', DMS],
    ['49 59 30 36 14 15', DMS],
    ['N49°59′30″ E36°14′15″', DMS],
    ['36°14′15″E 49°59′30″N', DMS],
  ])('%s', (text, expected) => {
    const [lon, lat] = lonLatOf(text);
    expect(lon).toBeCloseTo(expected[0], 12);
    expect(lat).toBeCloseTo(expected[1], 12);
  });

  it('reads decimal minutes', () => {
    const [lon, lat] = lonLatOf('49°59.5′N 36°14.25′E');
    expect(lat).toBeCloseTo(49 + 59.5 / 60, 12);
    expect(lon).toBeCloseTo(36 + 14.25 / 60, 12);
  });

  it('reads south and west from letters or minus signs, with any minus character', () => {
    expect(lonLatOf('33.9S 70.6W')).toEqual([-70.6, -33.9]);
    expect(lonLatOf('-33.9, -70.6')).toEqual([-70.6, -33.9]);
    expect(lonLatOf('−33.9 −70.6')).toEqual([-70.6, -33.9]);
    expect(lonLatOf('S 33° 54′, W 70° 36′')).toEqual([-70.6, -33.9]);
    expect(lonLatOf('-0° 30′, 0')).toEqual([0, -0.5]);
    expect(Object.is(lonLatOf('0S 0W')[0], 0)).toBe(true);
  });

  it('gives round DMS values exactly', () => {
    expect(lonLatOf('49°59′30″N 36°14′15″E')[0]).toBe(36.2375);
  });

  it('accepts the extremes', () => {
    expect(lonLatOf('90, 180')).toEqual([180, 90]);
    expect(lonLatOf('-90 -180')).toEqual([-180, -90]);
    expect(lonLatOf('90°S 180°W')).toEqual([-180, -90]);
  });
});

describe('parseCoordinates says what is wrong', () => {
  it.each([
    ['95, 36', 'latitude 95 is beyond 90°'],
    ['-95, 36', 'latitude -95 is beyond -90°'],
    ['95°30′N 36°E', 'latitude 95.5 is beyond 90°'],
    ['90.0000001 0', 'latitude 90.0000001 is beyond 90°'],
    ['49, 200', 'longitude 200 is beyond 180°'],
    ['49N 181W', 'longitude -181 is beyond -180°'],
    ['49°75′N 36°E', 'minutes must be below 60, got 75'],
    ['49°59′60″N 36°E', 'seconds must be below 60, got 60'],
    ['49 60 36 14', 'minutes must be below 60, got 60'],
    ['abc', 'could not read "abc" as coordinates: try 49.99, 36.23 or 49°59′N 36°14′E'],
    ['49.99 % 36.23', 'could not read "49.99 % 36.23" as coordinates: try 49.99, 36.23 or 49°59′N 36°14′E'],
    ['[36.23, 49.99]', 'could not read "[36.23, 49.99]" as coordinates: try 49.99, 36.23 or 49°59′N 36°14′E'],
    ['1 2 3', 'could not read "1 2 3" as coordinates: try 49.99, 36.23 or 49°59′N 36°14′E'],
    ['1, 2, 3', 'could not read "1, 2, 3" as coordinates: try 49.99, 36.23 or 49°59′N 36°14′E'],
    ['', 'enter coordinates, e.g. 49.99, 36.23 or 49°59′N 36°14′E'],
    ['   ', 'enter coordinates, e.g. 49.99, 36.23 or 49°59′N 36°14′E'],
    [
      '49.99',
      '"49.99" is one coordinate: give a latitude and a longitude, e.g. 49.99, 36.23 or 49°59′N 36°14′E',
    ],
    ['49N 36N', 'both coordinates are latitudes (N/S): give one latitude and one longitude'],
    ['36E 49W', 'both coordinates are longitudes (E/W): give one latitude and one longitude'],
    ['lat 36E, 49', 'latitude cannot be east or west'],
    ['-49.99N 36E', '"-49.99N" has both a minus sign and a hemisphere letter: use one of them'],
    ['49.5°30′N 36E', 'only the last number of an angle may have decimals: "49.5°30′N"'],
    ['30′N 36E', '"30′N" has minutes but no degrees'],
  ])('%s', (text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it('cuts a long unreadable text in its message', () => {
    expect(errorOf('x'.repeat(500)).length).toBeLessThan(120);
  });
});
