// npm test: type-check, lint and format check, then every Vitest test (unit in Node, browser in a real
// Chromium), ending with the line "N passed, N failed" read from Vitest's JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './findChromium.mjs';

const ROOT = join(import.meta.dirname, '../..');
const REPORT = join(ROOT, '.vitest-report.json');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const run = (label, cmd, args) => {
  process.stdout.write(`\n▶ ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  return r.status === 0;
};

let ok = true;
try {
  process.env.CHROMIUM_PATH = ensureChromium();
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}
ok = run('type-check (app)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) && ok;
ok = run('type-check (geo and data, no DOM)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.core.json']) && ok;
ok = run('lint and format (Biome)', bin('biome'), ['check', '.']) && ok;

rmSync(REPORT, { force: true });
const passArgs = process.argv.slice(2);
ok =
  run('tests (Vitest: unit and browser)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${REPORT}`,
    ...passArgs,
  ]) && ok;

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
} else {
  failed += 1;
}
if (!ok && failed === 0) failed = 1; // a failed type-check or lint counts as a failure
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(ok && failed === 0 ? 0 : 1);
