// pym.js's message format, so a host page that already sizes its iframes with pym.js sizes this map too:
// `pymxPYMx{childId}xPYMx{type}xPYMx{message}`, as every published pym.js (0.4.5 to 1.3.2) writes it.
// Only the strings; pym's navigation and scroll messages are not used.

const DELIMITER = 'xPYMx';

export interface PymMessage {
  childId: string;
  type: string;
  message: string;
}

/**
 * A message in pym.js's string format.
 *
 * @example
 * pymMessage('map-1', 'height', '512'); // 'pymxPYMxmap-1xPYMxheightxPYMx512'
 */
export function pymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(DELIMITER);
}

/**
 * The height message pym.js's parent reads to size its iframe: whole pixels, rounded up.
 *
 * @example
 * pymHeightMessage('map-1', 511.2); // 'pymxPYMxmap-1xPYMxheightxPYMx512'
 */
export function pymHeightMessage(childId: string, heightPx: number): string {
  return pymMessage(childId, 'height', String(Math.ceil(heightPx)));
}

/**
 * Reads a pym.js message, or null when `data` is not one (pym's parent sends `width` messages to its child).
 *
 * @example
 * parsePymMessage('pymxPYMxmap-1xPYMxwidthxPYMx640');     // { childId: 'map-1', type: 'width', message: '640' }
 * parsePymMessage({ type: 'range-rings:get' });             // null
 */
export function parsePymMessage(data: unknown): PymMessage | null {
  if (!isPymText(data)) return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4) return null;
  const [, childId = '', type = '', message = ''] = parts;
  return { childId, type, message };
}

/**
 * Whether `data` is written in pym.js's format at all (well formed or not).
 *
 * @example
 * isPymText('pymxPYMxmap-1xPYMxwidthxPYMx640'); // true
 * isPymText('pym<xPYMx>map-1');                  // false
 */
export function isPymText(data: unknown): data is string {
  return typeof data === 'string' && data.startsWith(`pym${DELIMITER}`);
}
