// Reads the embedding parameters of the map's own URL (`embed`, `controls`, `origin`, `allow`, `childId`).
// They are not part of the scenario: the scenario reader lets them pass, and this reads them.
import { parseOrigin } from './parseOrigin';

export interface EmbedOptions {
  /** `embed=1`, or the embed page (embed.html): laid out to fill an iframe, and talks to its host page. */
  embed: boolean;
  /** `controls=1`: in embed mode, the editing panels stay. Outside embed mode they are always shown. */
  controls: boolean;
  /** Host origins allowed besides the embedding page's own (`origin=` and `allow=`, comma-separated). */
  allowedOrigins: string[];
}

// An allow-list is for a few known hosts (production, staging); more is a mistake or an attack on the URL.
const MAX_ALLOWED_ORIGINS = 20;
const YES = new Set(['1', 'true']);

/**
 * Reads the embedding options from `location.search` (with or without '?'). Parameter names are read in
 * any letter case, as the scenario reader does; origins that are not valid http(s) origins are dropped.
 * `embedPage` is true on the embed entry (embed.html), which is in embed mode whatever its URL says.
 *
 * @example
 * readEmbedOptions('?embed=1&sites=50.45,30.52&origin=https://news.example.org,ftp://x,*');
 * // { embed: true, controls: false, allowedOrigins: ['https://news.example.org'] }
 * readEmbedOptions('');
 * // { embed: false, controls: false, allowedOrigins: [] }
 */
export function readEmbedOptions(search: string, embedPage = false): EmbedOptions {
  const values = readParameters(search);
  const allowed = new Set<string>();
  for (const list of [...(values.get('origin') ?? []), ...(values.get('allow') ?? [])]) {
    for (const item of list.split(',')) {
      const origin = parseOrigin(item);
      if (origin && allowed.size < MAX_ALLOWED_ORIGINS) allowed.add(origin);
    }
  }
  return {
    embed: embedPage || isYes(values.get('embed')?.[0]),
    controls: isYes(values.get('controls')?.[0]),
    allowedOrigins: [...allowed],
  };
}

/**
 * The id pym.js's parent gave this frame (its `childId` URL parameter), else the frame's name, else ''.
 * It is sent back in every pym height message, so that the parent finds its iframe.
 *
 * @example
 * readChildId('?embed=1&childId=map-1&initialWidth=640', ''); // 'map-1'
 * readChildId('?embed=1', 'range-rings-frame');               // 'range-rings-frame'
 */
export function readChildId(search: string, frameName: string): string {
  const id = readParameters(search).get('childid')?.[0]?.trim();
  if (id) return id;
  return typeof frameName === 'string' ? frameName : '';
}

function readParameters(search: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const params = new URLSearchParams(typeof search === 'string' ? search : '');
  for (const [name, value] of params) {
    const key = name.trim().toLowerCase();
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  return values;
}

function isYes(value: string | undefined): boolean {
  return value !== undefined && YES.has(value.trim().toLowerCase());
}
