// Which character separates the cells of a CSV file: a spreadsheet saves `,` in English settings, but `;` in
// German, French or Ukrainian ones (where `,` is the decimal mark), and "Text (tab-delimited)" saves tabs.

export type CsvSeparator = ',' | ';' | '\t';

/**
 * The separator of a CSV text, read from its first non-blank line (the header): the most frequent of `,`, `;`
 * and tab outside quotes; a comma when there is a tie or none.
 *
 * @example
 * csvSeparator('name;range_km\nERAM;460\n');   // ';'
 * csvSeparator('name\trange_km\nERAM\t460\n'); // '\t'
 * csvSeparator('name,range_km\n');             // ','
 */
export function csvSeparator(text: string): CsvSeparator {
  const header = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  const best = ([';', '\t'] as const).reduce<CsvSeparator>(
    (found, separator) => (counts[separator] > counts[found] ? separator : found),
    ',',
  );
  return best;
}
