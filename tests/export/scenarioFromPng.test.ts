// A dropped PNG gives back the scenario query stored in it, or null for anything else.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { addPngText } from '../../src/export/pngText';
import {
  MAX_SCENARIO_PNG_TEXT_BYTES,
  readScenarioPng,
  SCENARIO_PNG_KEYWORD,
  scenarioFromPng,
} from '../../src/export/scenarioFromPng';

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

  it('refuses a text longer than any map link before reading it, saying how long it is', async () => {
    const huge = `sites=${'50.45,30.52,Kyiv;'.repeat(200_000)}`; // 3.4 MB, 200,000 launch points
    const file = new Blob([addPngText(png, SCENARIO_PNG_KEYWORD, huge) as Uint8Array<ArrayBuffer>]);
    await expect(readScenarioPng(file)).resolves.toEqual({ query: null, tooLargeBytes: huge.length });
    await expect(scenarioFromPng(file)).resolves.toBeNull();
    // the longest text a map may hold is still read
    const longest = 'x'.repeat(MAX_SCENARIO_PNG_TEXT_BYTES);
    const fits = new Blob([addPngText(png, SCENARIO_PNG_KEYWORD, longest) as Uint8Array<ArrayBuffer>]);
    await expect(readScenarioPng(fits)).resolves.toEqual({ query: longest });
  });
});
