// A large systems CSV made on the fly, for the hostile-file tests, the browser test and the benchmark: each
// row is a good system with a source, except the rows asked to be broken (a negative range).

/**
 * `rows` data rows under the header `name,range_km,source`; the 0-based rows in `broken` have range -1.
 * Each good row's name is unique, and its line in the file is its index + 2.
 */
export function bigSystemsCsv(rows: number, broken: (row: number) => boolean = () => false): string {
  const lines = ['name,range_km,source'];
  for (let i = 0; i < rows; i++)
    lines.push(broken(i) ? `Broken ${i},-1,X` : `System ${i},${(i % 3000) + 10} km,Publisher ${i}`);
  return lines.join('\n');
}
