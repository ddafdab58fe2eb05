// The views' scene as shapes for the SVG: the rings' outlines where the projection draws them (the distance
// map's ring from its centre is a circle of radius R × scale), the distance scale's circles and labels, and a
// reach area filled the right way round for d3 (a small patch, not the rest of the world).
import { geoArea } from 'd3';
import { describe, expect, it } from 'vitest';
import { EQUATORIAL_RADIUS_M, type LonLat } from '../../src/geo';
import { BASEMAP_PALETTES } from '../../src/map/basemapStyles';
import { trueRuns } from '../../src/map/reachPaths';
import { d3Winding } from '../../src/views/d3Winding';
import { distanceGraticule } from '../../src/views/distanceGraticule';
import type { NamePlace } from '../../src/views/pointNamePlaces';
import { sceneVectors } from '../../src/views/sceneVectors';
import { distanceViewProjection, globeProjection, scaleForZoom } from '../../src/views/viewProjection';
import { viewScene } from '../../src/views/viewScene';
import { WORLD_110M } from '../../src/views/worldCountries';

const KHARKIV: LonLat = [36.2304, 49.9935];
const KUPIANSK: LonLat = [37.61, 49.71];
const SIZE = { width: 800, height: 600 };
const STATE = { center: KHARKIV, zoom: 4, offset: [0, 0] as [number, number] };
// RFC 7946's winding: exterior counter-clockwise, as the core's reach areas come
const SQUARE = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [30, 48],
      [32, 48],
      [32, 50],
      [30, 50],
      [30, 48],
    ],
  ],
};

const scene = {
  ...viewScene({
    sites: [{ label: 'Kharkiv', lonLat: KHARKIV }],
    systems: [{ systemId: 'tomahawk', name: 'Tomahawk', rangeKm: 1600, color: '#D55E00' }],
    probe: null,
    highlightedId: null,
    zoom: 6,
    labelOf: (s) => `${s.name} · 1,600 km`,
    labelColorOf: (c) => c,
    basemap: {
      palette: BASEMAP_PALETTES.light,
      graticule: { type: 'MultiLineString', coordinates: [] },
      ...WORLD_110M,
    },
  }),
  reaches: [{ systemId: 'tomahawk', color: '#D55E00', area: d3Winding(SQUARE) }],
};

describe('d3Winding', () => {
  it('turns a core polygon into the small patch d3 fills', () => {
    expect(geoArea(SQUARE)).toBeGreaterThan(2 * Math.PI); // d3 reads the core's winding as the rest of the world
    expect(geoArea(d3Winding(SQUARE))).toBeLessThan(0.01);
  });
});

describe('sceneVectors', () => {
  const distanceScale = distanceGraticule(KHARKIV, { reachM: 3_000_000, unit: 'km', vertices: 90 });
  const vectors = sceneVectors(distanceViewProjection(STATE, SIZE), scene, {
    ...SIZE,
    distanceScale,
    widthOf: (text) => text.length * 7,
    background: '#ffffff',
  });
  const pixelsPerMetre = scaleForZoom(STATE.zoom) / EQUATORIAL_RADIUS_M;

  it("draws the ring from the distance map's centre as a circle of its true radius", () => {
    const outline = vectors.paths.find((p) => p.layer === 'rings' && p.stroke?.color === '#D55E00');
    const points = outline?.lines.flat() ?? [];
    expect(points.length).toBeGreaterThan(100);
    for (const [x, y] of points)
      expect(Math.hypot(x - 400, y - 300)).toBeCloseTo(1_600_000 * pixelsPerMetre, 0);
  });

  it('holds the scale circles under the rings, their labels as text, the ring label and the launch point', () => {
    const basemapIndex = vectors.paths.findIndex((p) => p.stroke?.width === 0.8);
    const ringIndex = vectors.paths.findIndex((p) => p.layer === 'rings');
    expect(basemapIndex).toBeGreaterThan(-1);
    expect(basemapIndex).toBeLessThan(ringIndex);
    expect(vectors.paths[basemapIndex]?.lines).toHaveLength(distanceScale.circles.length);
    const texts = vectors.texts.map((t) => t.text);
    for (const circle of distanceScale.circles) expect(texts).toContain(circle.label);
    expect(texts).toContain('Tomahawk · 1,600 km');
    expect(vectors.launchPoints).toHaveLength(1);
    expect(vectors.launchPoints[0]?.[0]).toBeCloseTo(400, 6);
  });

  it("fills the reach area as the small patch it is, in the system's colour", () => {
    const reach = vectors.paths.find((p) => p.layer === 'rings' && p.fill?.opacity === 0.07 && p.closed);
    const xs = reach?.lines.flat().map(([x]) => x) ?? [];
    // 2° of longitude at 49° N, about 146 km: some 30 px wide, not the whole frame
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(15);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(60);
  });
});

describe('sceneVectors of a reach split at 180°', () => {
  // the east part of a reach the core split along 180°: its edge on the seam is no range limit
  const EAST: LonLat[] = [
    [176, -20],
    [180, -20],
    [180, -14],
    [176, -14],
    [176, -20],
  ];
  const split = {
    ...scene,
    rings: [],
    reaches: [
      {
        systemId: 'tomahawk',
        color: '#D55E00',
        area: d3Winding({ type: 'Polygon', coordinates: [EAST] }),
        outlines: trueRuns(EAST),
        label: 'Tomahawk from Fiji, 1,600 km',
        labelColor: '#9a4300',
      },
    ],
  };
  const projection = globeProjection({ center: [178, -17], zoom: 4, offset: [0, 0] }, SIZE);
  const vectors = sceneVectors(projection, split, {
    ...SIZE,
    widthOf: (text) => text.length * 7,
    background: '#ffffff',
  });

  it("strokes the true boundary in the system's colour, never the seam, and labels it above its top", () => {
    const outline = vectors.paths.find((p) => p.layer === 'rings' && p.stroke?.color === '#D55E00');
    expect(outline?.closed).toBe(false);
    const lines = outline?.lines ?? [];
    expect(lines.flat().length).toBeGreaterThan(2);
    // read back on the Earth: no stroked segment runs along the seam (both of its ends on 180°)
    const onSeam = ([x, y]: [number, number]) => {
      const [lon = 0] = projection.invert?.([x, y]) ?? [];
      return Math.abs(Math.abs(lon) - 180) < 1e-6;
    };
    const seamSegments = lines.flatMap((line) =>
      line.slice(1).filter((p, k) => onSeam(p) && onSeam(line[k] as [number, number])),
    );
    expect(lines.flat().filter(onSeam).length).toBeGreaterThan(0);
    expect(seamSegments).toEqual([]);
    const label = vectors.texts.find((t) => t.text === 'Tomahawk from Fiji, 1,600 km');
    const [, topY] = projection([178, -14]) as [number, number];
    expect(label?.layer).toBe('labels');
    expect(label?.color).toBe('#9a4300');
    expect(label?.baseline).toBeLessThan(topY);
  });

  it("strokes it with its system's dash, as the system's rings, and plain when the system has none", () => {
    expect(vectors.paths.find((p) => p.stroke?.color === '#D55E00')?.stroke).toMatchObject({
      width: 2,
      dash: null,
    });
    const dashed = sceneVectors(
      projection,
      { ...split, reaches: split.reaches.map((r) => ({ ...r, dash: [8, 4] })) },
      {
        ...SIZE,
        widthOf: (text) => text.length * 7,
        background: '#ffffff',
      },
    );
    expect(dashed.paths.find((p) => p.stroke?.color === '#D55E00')?.stroke?.dash).toBe('8 4');
  });
});

describe('sceneVectors in the dark theme', () => {
  it("writes a launch point's name light on the dark land's halo", () => {
    const dark = { ...scene, basemap: { ...scene.basemap, palette: BASEMAP_PALETTES.dark } };
    const vectors = sceneVectors(globeProjection(STATE, SIZE), dark, {
      width: SIZE.width,
      height: SIZE.height,
      background: '#000000',
      widthOf: (text: string) => text.length * 7,
    });
    const name = vectors.texts.find((t) => t.layer === 'launch-points');
    expect(name).toMatchObject({
      color: BASEMAP_PALETTES.dark.pointLabel,
      halo: BASEMAP_PALETTES.dark.labelHalo,
    });
    expect(name?.color).not.toBe(BASEMAP_PALETTES.light.pointLabel);
  });
});

describe('sceneVectors with marked places', () => {
  it('places the names of a launch point and a mark beside it as the screen does, clear of each other', () => {
    // Kharkiv and Kupiansk, 100 km east (10 px at this zoom): Kharkiv's name to the right would cover its mark
    const marked = { ...scene, marks: [{ label: 'Kupiansk', lonLat: KUPIANSK }] };
    const widthOf = (text: string) => text.length * 7;
    const vectors = sceneVectors(globeProjection(STATE, SIZE), marked, {
      ...SIZE,
      background: '#fff',
      widthOf,
    });
    const site = vectors.texts.find((t) => t.layer === 'launch-points');
    const mark = vectors.markNames?.[0];
    expect(site && mark).toBeTruthy();
    const [siteText, markName] = [site as { x: number; baseline: number; text: string }, mark as NamePlace];
    // the SVG writes it at the size it was placed for, the screen's
    expect(mark?.fontSize).toBe(13);
    // a launch point's text is centred at x; a mark's name starts at `left`
    const siteBox = {
      minX: siteText.x - widthOf(siteText.text) / 2,
      maxX: siteText.x + widthOf(siteText.text) / 2,
    };
    const markBox = { minX: markName.left, maxX: markName.left + widthOf('Kupiansk') };
    const apartX = siteBox.maxX <= markBox.minX || markBox.maxX <= siteBox.minX;
    const apartY = Math.abs(siteText.baseline - markName.baseline) >= 15;
    expect(apartX || apartY).toBe(true);
    // nor does Kharkiv's name cover the mark
    const [mx, my] = vectors.project(KUPIANSK);
    const coversMark =
      siteBox.minX < mx + 5 && mx - 5 < siteBox.maxX && Math.abs(siteText.baseline - 4 - my) < 5 + 7.5;
    expect(coversMark).toBe(false);
  });
});
