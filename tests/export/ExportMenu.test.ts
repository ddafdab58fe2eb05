// ExportMenu as rendered: the accessible names of its buttons, the PNG slot first, and the file input named by
// the "Open scenario" button. Clicks and downloads are exercised in the browser tests of the page that uses it.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ExportMenu } from '../../src/export';
import { exportCase } from './exportCases';

const { scenario, systems } = exportCase('default');
const html = renderToStaticMarkup(
  createElement(ExportMenu, {
    scenario,
    systems,
    onOpenScenario: () => {},
    pngSlot: createElement('button', { type: 'button', id: 'png' }, 'Export image'),
  }),
);

describe('ExportMenu', () => {
  it('is a named group with the PNG slot first, then the four buttons in order', () => {
    expect(html).toMatch(
      /^<fieldset class="export-menu"><legend class="export-menu-legend">Export and save<\/legend>/,
    );
    const buttons = [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);
    expect(buttons).toEqual([
      'Export image',
      'Export GeoJSON',
      'Export KML',
      'Save scenario',
      'Open scenario',
    ]);
  });

  it('has a hidden .json file input labelled by the "Open scenario" button', () => {
    const buttonId = /<button type="button" id="([^"]+)"[^>]*>Open scenario<\/button>/.exec(html)?.[1];
    expect(buttonId).toBeTruthy();
    const input = /<input[^>]*>/.exec(html)?.[0] ?? '';
    expect(input).toContain('type="file"');
    expect(input).toContain('accept=".json,application/json"');
    expect(input).toContain(`aria-labelledby="${buttonId}"`);
    expect(input).toContain('hidden=""');
  });

  it('renders without a PNG slot', () => {
    const bare = renderToStaticMarkup(
      createElement(ExportMenu, { scenario, systems, onOpenScenario: () => {} }),
    );
    expect([...bare.matchAll(/<button/g)]).toHaveLength(4);
  });
});
