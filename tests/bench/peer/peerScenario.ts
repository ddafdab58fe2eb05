// The scenario of a map link as a hand-made page reads it: `sites=lat,lon,label;…`, `systems=id,…`,
// `custom=Name:NNNkm;…` and `view=lat,lon,zoom`, with the app's default (Kharkiv, every system) when absent.
// No validation beyond skipping what does not parse: the benchmark only feeds it well-formed links.

export interface PeerSite {
  label: string;
  lat: number;
  lon: number;
}

export interface PeerSystem {
  id: string;
  name: string;
  rangeKm: number;
}

export interface PeerScenario {
  sites: PeerSite[];
  /** Every system the page knows: the data file's, then the link's own, in that order (it sets the colours). */
  systems: PeerSystem[];
  shown: Set<string>;
  view: { lat: number; lon: number; zoom: number } | null;
}

const KHARKIV: PeerSite = { label: 'Kharkiv', lat: 49.9935, lon: 36.2304 };

/** The id the app gives a custom system: `custom-` and its name in lower case, other characters as hyphens. */
function customId(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `custom-${slug || 'system'}`;
}

export function peerScenario(search: string, dataSystems: readonly PeerSystem[]): PeerScenario {
  const params = new URLSearchParams(search);
  const sites = (params.get('sites') ?? '')
    .split(';')
    .map((entry) => entry.split(','))
    .flatMap(([lat, lon, ...label]) => {
      const site = { label: label.join(',').trim(), lat: Number(lat), lon: Number(lon) };
      return lat && lon && Number.isFinite(site.lat) && Number.isFinite(site.lon) ? [site] : [];
    });
  const custom = (params.get('custom') ?? '').split(';').flatMap((entry) => {
    const match = /^(.+):([\d.]+)\s*km$/i.exec(entry.trim());
    return match
      ? [{ id: customId(match[1] as string), name: match[1] as string, rangeKm: Number(match[2]) }]
      : [];
  });
  const systems = [...dataSystems, ...custom];
  const listed = params.get('systems');
  const shown = new Set(
    listed === null ? systems.map((s) => s.id) : listed.split(',').map((id) => id.trim().toLowerCase()),
  );
  const [lat, lon, zoom] = (params.get('view') ?? '').split(',').map(Number);
  const view =
    lat !== undefined && lon !== undefined && zoom !== undefined && [lat, lon, zoom].every(Number.isFinite)
      ? { lat, lon, zoom }
      : null;
  return { sites: params.has('sites') ? sites : [KHARKIV], systems, shown, view };
}
