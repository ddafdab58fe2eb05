// The comparison chart rendered to static markup in Node (no DOM here): bars, order, labels, accessible text,
// bands and highlight classes, read from the SVG string.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ComparisonChart } from '../../src/panels/ComparisonChart';
import type { ChartSystem } from '../../src/panels/chartScale';
import type { DistanceUnit } from '../../src/scenario';

const SYSTEMS: ChartSystem[] = [
  { id: 'iskander-m', name: 'Iskander-M', rangeKm: 500 },
  { id: 'tomahawk', name: 'Tomahawk', rangeKm: 1600, rangeMinKm: 1250, rangeMaxKm: 2500 },
  { id: 'atacms', name: 'ATACMS', rangeKm: 300, rangeMinKm: 165 },
];
const COLORS: Record<string, string> = { 'iskander-m': '#0072B2', tomahawk: '#D55E00', atacms: '#009E73' };

function render(
  overrides: Partial<{
    systems: ChartSystem[];
    units: DistanceUnit;
    highlightedId: string | null;
    width: number;
  }> = {},
): string {
  return renderToStaticMarkup(
    createElement(ComparisonChart, {
      systems: SYSTEMS,
      units: 'km',
      colorOf: (id: string) => COLORS[id] ?? '#000000',
      highlightedId: null,
      onHighlight: () => {},
      locale: 'en-US',
      ...overrides,
    }),
  );
}

// The opening tags of the bar rows, in document order.
const barRows = (html: string) => html.match(/<g class="bar-row[^>]*>/g) ?? [];
const attr = (tag: string, name: string) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1];

describe('ComparisonChart', () => {
  it('draws one focusable bar per system, longest first, in its colour', () => {
    const html = render();
    const rows = barRows(html);
    expect(rows.map((r) => attr(r, 'data-system'))).toEqual(['tomahawk', 'iskander-m', 'atacms']);
    for (const r of rows) {
      expect(attr(r, 'role')).toBe('button');
      expect(attr(r, 'tabindex')).toBe('0');
    }
    const fills = [...html.matchAll(/<rect class="bar"[^>]*fill="([^"]*)"/g)].map((m) => m[1]);
    expect(fills).toEqual(['#D55E00', '#0072B2', '#009E73']);
  });

  it('makes bar lengths proportional to the ranges', () => {
    const widths = [...render().matchAll(/<rect class="bar"[^>]*width="([^"]*)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths[0]! / widths[1]!).toBeCloseTo(1600 / 500, 1);
    expect(widths[1]! / widths[2]!).toBeCloseTo(500 / 300, 1);
  });

  it('labels each bar with its name and value, and names it for assistive technology', () => {
    const html = render();
    expect(html).toContain('<tspan class="name">Tomahawk</tspan>');
    expect(html).toContain('about 1,600 km</tspan>');
    expect(barRows(html).map((r) => attr(r, 'aria-label'))).toEqual([
      'Tomahawk, about 1,600 km, published 1,250 km to 2,500 km',
      'Iskander-M, about 500 km',
      'ATACMS, about 300 km, published 165 km to 300 km',
    ]);
  });

  it('is a figure with a caption in the unit and an SVG named by every value', () => {
    const html = render({ units: 'mi' });
    expect(html).toMatch(/^<figure class="comparison-chart">/);
    expect(html).toContain('<figcaption>Range, in mi</figcaption>');
    const svg = html.match(/<svg[^>]*>/)![0];
    expect(attr(svg, 'role')).toBe('group');
    expect(attr(svg, 'aria-label')).toBe(
      'Range, in mi, longest first: Tomahawk, about 994 mi; Iskander-M, about 311 mi; ATACMS, about 186 mi.',
    );
  });

  it('draws a band only for the systems that publish one', () => {
    const html = render();
    const rowsHtml = html.split('<g class="bar-row').slice(1);
    expect(rowsHtml.map((r) => r.includes('<path class="band"'))).toEqual([true, false, true]);
    // One line and two end caps.
    expect(rowsHtml[0]!.match(/<path class="band" d="([^"]*)"/)![1]!.match(/M/g)).toHaveLength(3);
  });

  it('places the band ends on the scale, past the bar when the band reaches beyond it', () => {
    const tomahawk = render({ width: 408 }).split('<g class="bar-row').slice(1)[0]!;
    const barWidth = Number(tomahawk.match(/<rect class="bar"[^>]*width="([^"]*)"/)![1]);
    const [low, high] = tomahawk
      .match(/class="band" d="M([\d.]+),[\d.]+H([\d.]+)/)!
      .slice(1)
      .map(Number);
    // 408 px less 8 px of margins is 400 px for 0 to 2,500 km.
    expect(barWidth).toBe(256);
    expect(low).toBe(200);
    expect(high).toBe(400);
  });

  it('emphasises the highlighted bar and dims the others', () => {
    const rows = barRows(render({ highlightedId: 'iskander-m' }));
    expect(rows.map((r) => attr(r, 'class'))).toEqual([
      'bar-row is-dimmed',
      'bar-row is-highlighted',
      'bar-row is-dimmed',
    ]);
    expect(rows.map((r) => attr(r, 'aria-pressed'))).toEqual(['false', 'true', 'false']);
    expect(barRows(render()).map((r) => attr(r, 'class'))).toEqual(['bar-row', 'bar-row', 'bar-row']);
  });

  it('dims nothing when the highlighted id is not in the chart', () => {
    const classes = barRows(render({ highlightedId: 'gone' })).map((r) => attr(r, 'class'));
    expect(classes).toEqual(['bar-row', 'bar-row', 'bar-row']);
  });

  it('uses the width prop before it can measure, 320 px without it, and never less than 200 px', () => {
    const svgWidth = (html: string) => attr(html.match(/<svg[^>]*>/)![0], 'width');
    expect(svgWidth(render({ width: 280 }))).toBe('280');
    expect(svgWidth(render())).toBe('320');
    expect(svgWidth(render({ width: 120 }))).toBe('200');
  });

  it('has an axis whose last label names the unit', () => {
    const html = render({ width: 280 });
    const labels = [...html.matchAll(/<text x="[^"]*" y="16" text-anchor="[^"]*">([^<]*)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(labels[0]).toBe('0');
    expect(labels.at(-1)).toBe('3,000 km');
    expect(labels.length).toBeLessThanOrEqual(4);
  });

  it('says so when there is nothing to compare', () => {
    const html = render({ systems: [] });
    expect(html).toContain('<figcaption>Range, in km</figcaption>');
    expect(html).toContain('No systems to compare.');
    expect(html).not.toContain('<svg');
  });

  it('escapes names rather than injecting them', () => {
    const html = render({ systems: [{ id: 'x', name: '<b>X</b> & "Y"', rangeKm: 10 }] });
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;X&lt;/b&gt; &amp; ');
  });
});
