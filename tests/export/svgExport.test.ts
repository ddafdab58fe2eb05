// The SVG composer on a drawn frame given as plain shapes: named layers in order, the frame's size, hostile text
// escaped, shapes outside the frame left out, marks drawn, and the scenario kept so the file reopens.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PngContent } from '../../src/export/pngContent';
import { layoutPng, type Measure } from '../../src/export/pngLayout';
import { readScenarioFile } from '../../src/export/readScenarioFile';
import { scenarioFile } from '../../src/export/scenarioFile';
import { isSvgText, scenarioFromSvg } from '../../src/export/scenarioFromSvg';
import { type SvgMap, svgExport } from '../../src/export/svgExport';
import { defaultScenario } from '../../src/scenario';
import { xmlProblems } from './xmlProblems';

const SCENARIO = defaultScenario([{ id: 'tomahawk' }, { id: 'eram' }, { id: 'atacms' }]);
const measure: Measure = (text, font) => text.length * 0.55 * Number(/([\d.]+)px/.exec(font)?.[1] ?? 16);
const HOSTILE = 'Ring <b>&amp; "quoted"</b> \u0007 \u2068שלום\u2069';

const CONTENT: PngContent = {
  title: 'Reach & range <2025>',
  subtitle: 'As published',
  legend: [{ color: '#D55E00', name: 'Tomahawk', range: 'about 1,600 km', band: null }],
  sources: 'Source: Associated Press, 2025-10-16 (Tomahawk)',
  bandKey: null,
  note: 'Rings show true distances; map scale varies with latitude',
  notes: ['Basemap: Natural Earth'],
};
const layout = layoutPng(CONTENT, { kind: 'preset', width: 1200, height: 675 }, measure);
const PALETTE = { background: '#ffffff', text: '#1d1d1f', muted: '#4f4f55' };

function map(): SvgMap {
  const { width, height } = layout.map;
  return {
    width,
    height,
    background: 'rgb(216, 225, 231)',
    paths: [
      {
        layer: 'basemap',
        lines: [
          [
            [-500, -500],
            [2000, -500],
            [2000, 2000],
            [-500, 2000],
          ],
          // an island far outside the frame
          [
            [5000, 5000],
            [5010, 5000],
            [5010, 5010],
          ],
        ],
        closed: true,
        stroke: { color: '#b7b2a9', width: 0.7, opacity: 1, dash: null },
        fill: { color: '#f4f2ee', opacity: 1 },
      },
      {
        layer: 'rings',
        lines: [
          [
            [100, 100],
            [300, 100],
            [300, 300],
          ],
        ],
        closed: false,
        stroke: { color: '#D55E00', width: 2, opacity: 1, dash: null },
        fill: null,
      },
      {
        layer: 'bands',
        lines: [
          [
            [120, 120],
            [280, 120],
          ],
        ],
        closed: false,
        stroke: { color: '#D55E00', width: 1, opacity: 0.7, dash: '4 4' },
        fill: null,
      },
    ],
    texts: [
      {
        layer: 'labels',
        text: HOSTILE,
        x: 200,
        baseline: 90,
        fontSize: 12,
        fontWeight: '700',
        fontFamily: 'system-ui, "Liberation Sans", sans-serif',
        letterSpacing: 0,
        color: 'rgb(160, 60, 0)',
        halo: 'rgb(255, 255, 255)',
        box: null,
      },
    ],
    launchPoints: [[200, 200]],
    project: ([lon, lat]) => [lon * 10, lat * 10],
  };
}

function svgOf(marks: { label: string; lonLat: [number, number] }[] = []): string {
  return svgExport({
    layout,
    palette: PALETTE,
    map: map(),
    marks,
    scenarioText: scenarioFile(SCENARIO),
    baselineBelowMiddle: (font) => 0.35 * Number(/([\d.]+)px/.exec(font)?.[1] ?? 16),
  });
}

describe('svgExport', () => {
  it('is one well-formed SVG of the layout size with the named layers, bottom to top', () => {
    const svg = svgOf();
    expect(xmlProblems(svg)).toEqual([]);
    expect(isSvgText(svg)).toBe(true);
    expect(svg).toMatch(/<svg [^>]*width="1200" height="675" viewBox="0 0 1200 675">/);
    const ids = [...svg.matchAll(/<g id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'basemap',
      'launch-areas',
      'rings',
      'bands',
      'place-names',
      'labels',
      'marks',
      'launch-points',
      'legend',
      'title',
      'footer',
    ]);
    expect(svg).toContain('stroke-dasharray="4 4"');
    expect(svg).toContain(`transform="translate(0 ${layout.map.y})"`);
  });

  it('escapes text and drops what XML cannot hold', () => {
    const svg = svgOf();
    expect(svg).toContain('>Ring &lt;b&gt;&amp;amp; &quot;quoted&quot;&lt;/b&gt;  \u2068שלום\u2069</text>');
    expect(svg).toContain('>Reach &amp; range &lt;2025&gt;</text>');
    expect(svg).not.toContain('\u0007');
    expect(svg).toContain('font-family="system-ui, &quot;Liberation Sans&quot;, sans-serif"');
  });

  it('writes the basemap cut to the frame, not the shapes outside it', () => {
    const svg = svgOf();
    const basemap = svg.slice(svg.indexOf('<g id="basemap"'), svg.indexOf('</g>'));
    expect(basemap).not.toContain('5000');
    const numbers = [...basemap.matchAll(/ d="([^"]+)"/g)].flatMap((m) =>
      (m[1] ?? '').replace(/[MZ]/g, ' ').trim().split(/\s+/).map(Number),
    );
    expect(Math.max(...numbers)).toBeLessThan(1200 + 10);
    expect(Math.min(...numbers)).toBeGreaterThan(-10);
  });

  it('draws marks in their own layer, empty without marks', () => {
    expect(svgOf()).toMatch(/<g id="marks"[^>]*\/>/);
    const svg = svgOf([{ label: 'Moscow', lonLat: [37.6, 55.7] }]);
    const marks = svg.slice(svg.indexOf('<g id="marks"'), svg.indexOf('<g id="launch-points"'));
    expect(marks).toContain('cx="376" cy="557"');
    expect(marks).toContain('>Moscow</text>');
  });

  it('keeps the scenario, which reads back as the scenario file', () => {
    const svg = svgOf();
    const kept = scenarioFromSvg(svg);
    expect(kept).toBe(scenarioFile(SCENARIO));
    const reopened = readScenarioFile(kept ?? '', { systemIds: SCENARIO.systemIds });
    expect(reopened.problems).toEqual([]);
    expect(reopened.scenario).toEqual(SCENARIO);
  });

  it('is read by xmllint and rendered by rsvg-convert', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'svg-unit-')), 'frame.svg');
    writeFileSync(file, svgOf([{ label: 'Moscow', lonLat: [37.6, 55.7] }]));
    execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' });
    const png = execFileSync('rsvg-convert', [file]);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

describe('scenarioFromSvg', () => {
  it('finds nothing in an SVG the app did not export, and nothing in other text', () => {
    expect(scenarioFromSvg('<svg xmlns="http://www.w3.org/2000/svg"/>')).toBeNull();
    expect(scenarioFromSvg('<svg><metadata><rdf:RDF/></metadata></svg>')).toBeNull();
    expect(isSvgText('{"format":"range-rings-scenario"}')).toBe(false);
    expect(isSvgText('\ufeff  <!-- made by hand -->\n<svg width="1"/>')).toBe(true);
  });

  it('reads the scenario after an editor renamed its prefix or wrapped it in CDATA', () => {
    const json = '{"format":"range-rings-scenario","version":1,"scenario":{"title":"A & B"}}';
    expect(
      scenarioFromSvg(
        `<svg><metadata><ns1:scenario xmlns:ns1="urn:range-rings:scenario">${json.replace('&', '&amp;')}</ns1:scenario></metadata></svg>`,
      ),
    ).toBe(json);
    expect(
      scenarioFromSvg(`<svg><metadata><rr:scenario><![CDATA[${json}]]></rr:scenario></metadata></svg>`),
    ).toBe(json);
  });

  it('answers at once on a hostile file of unclosed tags (one pass, not one per tag)', () => {
    const hostile = [
      `<svg><metadata>${'<rr:scenario '.repeat(400_000)}</metadata></svg>`,
      `<svg>${'<metadata>'.repeat(500_000)}`,
      `<svg><metadata><rr:scenario><![CDATA[${' '.repeat(5_000_000)}</metadata>`,
    ];
    const started = performance.now();
    for (const text of hostile) expect(scenarioFromSvg(text)).toBeNull();
    // a pattern that rescans from every tag took minutes on the first of these
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
