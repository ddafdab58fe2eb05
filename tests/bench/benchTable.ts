// Prints the peers benchmark's figures as a plain-text table: one row per figure, its value on each page, the
// app's ratio to peer a and to the floor, and the target it is held to.

export interface TableRow {
  figure: string;
  app: string;
  peer: string;
  floor: string;
  vsPeer: string;
  vsFloor: string;
  target: string;
  verdict: string;
}

const HEADER: TableRow = {
  figure: 'figure',
  app: 'Range Rings',
  peer: 'peer a',
  floor: 'floor',
  vsPeer: 'app/peer a',
  vsFloor: 'app/floor',
  target: 'target',
  verdict: '',
};

/** A value for the table: "n/a" when it could not be measured, "never" for something that never happened. */
export function shown(value: number, unit: string): string {
  if (Number.isNaN(value)) return 'n/a';
  if (value === Number.POSITIVE_INFINITY) return 'never';
  if (unit === '×') return ratioText(value);
  const digits = Math.abs(value) >= 100 || unit === 'KB' ? 0 : 1;
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`;
}

export function ratioText(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—';
}

/** Prints a title line, the rows in aligned columns, and each section's heading as a row of its own. */
export function printTable(print: (line: string) => void, rows: (TableRow | string)[]): void {
  const keys = Object.keys(HEADER) as (keyof TableRow)[];
  const all = [HEADER, ...rows.filter((r): r is TableRow => typeof r !== 'string')];
  const widths = keys.map((k) => Math.max(...all.map((r) => r[k].length)));
  const line = (r: TableRow) =>
    keys
      .map((k, i) =>
        k === 'figure' || k === 'target' || k === 'verdict'
          ? r[k].padEnd(widths[i] as number)
          : r[k].padStart(widths[i] as number),
      )
      .join('  ')
      .trimEnd();
  print(`  ${line(HEADER)}`);
  for (const row of rows) print(typeof row === 'string' ? `  ${row}` : `  ${line(row)}`);
}
