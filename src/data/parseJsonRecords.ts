// Reads the records of a JSON systems file, an array or an object with a "systems" array, each with its line.
// Strict JSON: comments and trailing commas are reported as errors, but what can still be read is returned.
import { createScanner, type Node, type ParseError, parseTree } from 'jsonc-parser';
import { describeValue, quote } from './describeValue.js';
import { jsonSyntaxProblems } from './jsonSyntaxProblems.js';
import type { LineIndex } from './lineIndex';
import { locateJson } from './locateJson.js';
import { makeProblem } from './makeProblem.js';
import type { Located, Problem } from './types';

/** A systems file needs 4 levels; jsonc-parser recurses per level and would overflow the stack near 10,000. */
export const MAX_JSON_DEPTH = 64;

export interface RecordsRead {
  records: Located[];
  problems: Problem[];
  /** True when an error already explains why there are no records, so no "no records" error need follow. */
  explained: boolean;
}

/**
 * Reads located records from JSON text (without a byte order mark).
 *
 * @example
 * const text = '{"systems": [{"name": "ERAM", "range_km": 460}]}';
 * parseJsonRecords(text, lineIndex(text)).records.length; // 1
 */
export function parseJsonRecords(text: string, index: LineIndex, fileName?: string): RecordsRead {
  const tooDeep = findTooDeep(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    const { line, column } = index.position(tooDeep);
    const message = `nested more than ${MAX_JSON_DEPTH} levels deep; a systems file needs 4, so nothing was read`;
    return {
      records: [],
      problems: [makeProblem('error', message, { fileName, line, column })],
      explained: true,
    };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const problems = jsonSyntaxProblems(text, errors, index, fileName);
  if (root === undefined) return { records: [], problems, explained: false };
  const list = systemsList(root, index, fileName, problems);
  if (list === undefined) return { records: [], problems, explained: true };
  const records = (list.children ?? []).map((node) => locateJson(node, index));
  if (records.length === 0) {
    const line = index.position(list.offset).line;
    problems.push(makeProblem('error', 'no records: the list of systems is empty', { fileName, line }));
  }
  return { records, problems, explained: true };
}

// The array node holding the records, or undefined after reporting why there is none.
function systemsList(root: Node, index: LineIndex, fileName: string | undefined, problems: Problem[]) {
  const rootLine = index.position(root.offset).line;
  if (root.type === 'array') return root;
  if (root.type !== 'object') {
    const message = `expected a list of systems, or an object with a "systems" list, got ${describeValue(root.value)}`;
    problems.push(makeProblem('error', message, { fileName, line: rootLine }));
    return undefined;
  }
  let systems: Node | undefined;
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = keyNode?.value;
    const line = index.position(property.offset).line;
    if (typeof key !== 'string' || key.startsWith('$')) continue;
    if (key === 'systems') {
      if (systems !== undefined) {
        problems.push(
          makeProblem('warning', 'field appears twice; the last one is used', { fileName, line, field: key }),
        );
      }
      systems = valueNode;
    } else {
      problems.push(
        makeProblem('warning', `unknown top-level field ${quote(key)} is ignored`, {
          fileName,
          line,
          field: key,
        }),
      );
    }
  }
  if (systems === undefined) {
    const message = 'no "systems" list: expected an object with a "systems" list, or a list of systems';
    problems.push(makeProblem('error', message, { fileName, line: rootLine }));
    return undefined;
  }
  if (systems.type !== 'array') {
    const line = index.position(systems.offset).line;
    const got = systems.type === 'object' ? 'an object' : describeValue(systems.value);
    problems.push(
      makeProblem('error', `"systems" must be a list, got ${got}`, { fileName, line, field: 'systems' }),
    );
    return undefined;
  }
  return systems;
}

// The offset of the first bracket nested deeper than `maxDepth`, found with the (iterative) scanner so that
// brackets inside texts and comments do not count.
function findTooDeep(text: string, maxDepth: number): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      depth++;
      if (depth > maxDepth) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      depth = Math.max(depth - 1, 0);
    }
  }
  return undefined;
}

// jsonc-parser's SyntaxKind is a const enum, which isolatedModules cannot read; these are its values.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;
