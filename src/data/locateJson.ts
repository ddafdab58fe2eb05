// Turns a jsonc-parser tree node into a Located value: kinds, scalar values and the line of every part.
// Only the first few levels are kept (record, field, source, source field); deeper containers keep their kind only.
import type { Node } from 'jsonc-parser';
import type { LineIndex } from './lineIndex';
import type { Located, LocatedMember } from './types';

/**
 * Locates a parsed JSON node; `levels` is how many levels of containers keep their parts.
 *
 * @example
 * const text = '{"name": "ATACMS"}';
 * locateJson(parseTree(text)!, lineIndex(text));
 * // { kind: 'object', line: 1, members: [{ key: 'name', line: 1, value: { kind: 'string', line: 1, value: 'ATACMS' } }] }
 */
export function locateJson(node: Node, index: LineIndex, levels = 4): Located {
  const line = index.position(node.offset).line;
  const value: unknown = node.value;
  switch (node.type) {
    case 'object': {
      if (levels <= 0) return { kind: 'object', line };
      const members: LocatedMember[] = [];
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        // A property without a value is a syntax error that has been reported already.
        if (keyNode === undefined || valueNode === undefined || typeof keyNode.value !== 'string') continue;
        members.push({
          key: keyNode.value,
          line: index.position(property.offset).line,
          value: locateJson(valueNode, index, levels - 1),
        });
      }
      return { kind: 'object', line, members };
    }
    case 'array':
      if (levels <= 0) return { kind: 'array', line };
      return {
        kind: 'array',
        line,
        items: (node.children ?? []).map((item) => locateJson(item, index, levels - 1)),
      };
    case 'string':
      return { kind: 'string', line, value: typeof value === 'string' ? value : '' };
    case 'number':
      return { kind: 'number', line, value: typeof value === 'number' ? value : Number.NaN };
    case 'boolean':
      return { kind: 'boolean', line, value: value === true };
    default:
      return { kind: 'null', line, value: null };
  }
}
