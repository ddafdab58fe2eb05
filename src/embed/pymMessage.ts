// pym.js's message format, so a host page that already sizes its iframes with pym.js sizes this map too:
// `pym<xPYMx>{childId}<xPYMx>{type}<xPYMx>{message}`. Only the strings; pym's navigation messages are not used.

const DELIMITER = '<xPYMx>';

export interface PymMessage {
  childId: string;
  type: string;
  message: string;
}

/**
 * A message in pym.js's string format.
 *
 * @example
 * pymMessage('map-1', 'height', '512'); // 'pym<xPYMx>map-1<xPYMx>height<xPYMx>512'
 */
export function pymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(DELIMITER);
}

/**
 * The height message pym.js's parent reads to size its iframe: whole pixels, rounded up.
 *
 * @example
 * pymHeightMessage('map-1', 511.2); // 'pym<xPYMx>map-1<xPYMx>height<xPYMx>512'
 */
export function pymHeightMessage(childId: string, heightPx: number): string {
  return pymMessage(childId, 'height', String(Math.ceil(heightPx)));
}

/**
 * Reads a pym.js message, or null when `data` is not one (pym's parent sends `width` messages to its child).
 *
 * @example
 * parsePymMessage('pym<xPYMx>map-1<xPYMx>width<xPYMx>640'); // { childId: 'map-1', type: 'width', message: '640' }
 * parsePymMessage({ type: 'range-rings:get' });             // null
 */
export function parsePymMessage(data: unknown): PymMessage | null {
  if (typeof data !== 'string' || !data.startsWith(`pym${DELIMITER}`)) return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4) return null;
  const [, childId = '', type = '', message = ''] = parts;
  return { childId, type, message };
}
