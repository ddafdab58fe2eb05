// Runs axe-core in a page of the real app and sums up what it found. Its source goes in through the
// devtools protocol (page.evaluate of the source text), which the app's strict CSP does not govern, so the
// page is checked under the very policy it ships with.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, NodeResult, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices; color-contrast is among them. */
export const AXE_OPTIONS: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
  // passes are still listed with one node each: enough to see that a rule ran
  resultTypes: ['violations', 'incomplete'],
};

export interface AxeFinding {
  rule: string;
  impact: ImpactValue | undefined;
  help: string;
  targets: string[];
  /** The first line of axe's summary per node, e.g. the contrast ratio it measured. */
  details: string[];
}

export interface AxeReport {
  violations: AxeFinding[];
  incomplete: AxeFinding[];
  /** Ids of the rules that found nodes to check and passed on at least one. */
  passed: string[];
}

/** Runs axe on the whole document (the dialog's top layer included) and returns its findings. */
export async function runAxe(page: Page, options: RunOptions = AXE_OPTIONS): Promise<AxeReport> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<AxeResults> } }).axe.run(
        document,
        runOptions,
      ),
    options,
  );
  return {
    violations: results.violations.map(finding),
    incomplete: results.incomplete.map(finding),
    passed: results.passes.map((p) => p.id),
  };
}

function finding(result: Result): AxeFinding {
  return {
    rule: result.id,
    impact: result.impact ?? undefined,
    help: result.help,
    targets: result.nodes.map((node) => node.target.join(' >> ')),
    details: result.nodes.map(nodeDetail),
  };
}

function nodeDetail(node: NodeResult): string {
  const summary = node.failureSummary?.split('\n').slice(1).join(' ').trim();
  const check = [...node.any, ...node.all, ...node.none][0];
  return summary || check?.message || '';
}

/** Violations whose impact is serious or critical: the ones a view must not have. */
export function seriousOrCritical(report: AxeReport): AxeFinding[] {
  return report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per node: rule (impact) at target: detail — for a failure message that says what and where. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .flatMap((f) => f.targets.map((t, i) => `${f.rule} (${f.impact}) at ${t}: ${f.details[i] ?? f.help}`))
    .join('\n');
}
