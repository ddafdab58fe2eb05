// A dropped PNG gives back the scenario query stored in it, or null for anything else.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { addPngText } from '../../src/export/pngText';
import { SCENARIO_PNG_KEYWORD, scenarioFromPng } from '../../src/export/scenarioFromPng';

describe('scenarioFromPng', () => {
  const png = new Uint8Array(PNG.sync.write(new PNG({ width: 1, height: 1 })));

  it('reads the query stored under the scenario keyword', async () => {
    const query = 'sites=50.45,30.5234,Kyiv&systems=eram,atacms&units=nmi';
    const file = new Blob([addPngText(png, SCENARIO_PNG_KEYWORD, query) as Uint8Array<ArrayBuffer>], {
      type: 'image/png',
    });
    await expect(scenarioFromPng(file)).resolves.toBe(query);
  });

  it('resolves null for a PNG without it and for other files', async () => {
    await expect(scenarioFromPng(new Blob([png]))).resolves.toBeNull();
    await expect(scenarioFromPng(new Blob(['{"systems": []}']))).resolves.toBeNull();
    await expect(scenarioFromPng(new Blob([]))).resolves.toBeNull();
  });
});
