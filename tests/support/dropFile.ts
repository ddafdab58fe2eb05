// Drops a file onto the map the way a browser does after a drag from the desktop: a real File (handed to the
// page through a file input, so even a file of many megabytes crosses quickly) in a DataTransfer, with
// dragover then drop.
import type { Page } from 'playwright-core';

export async function dropFile(
  page: Page,
  content: Uint8Array | string,
  name: string,
  type: string,
): Promise<void> {
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), {
      type: 'file',
      id: 'drag-source',
      hidden: true,
    });
    document.body.append(input);
  });
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  await page.setInputFiles('#drag-source', { name, mimeType: type, buffer });
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    const input = document.getElementById('drag-source') as HTMLInputElement;
    dt.items.add(input.files?.[0] as File);
    input.remove();
    return dt;
  });
  await page.locator('.range-map').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.range-map').dispatchEvent('drop', { dataTransfer: transfer });
}
