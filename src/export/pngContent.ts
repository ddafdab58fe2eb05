// The words around an exported map: title, subtitle, legend, sources, attribution and the note on scale,
// taken from the scenario and its systems. No drawing here; pngLayout places them.
import type { SystemEntry } from '../panels';
import { formatRange, type Scenario } from '../scenario';
import { scaleNote } from './scaleNote';

export interface PngLegendItem {
  color: string;
  name: string;
  /** "about 1,600 km", in the scenario's unit. */
  range: string;
  /** The published band drawn around the ring, e.g. "published 240–460 km", if any. */
  band: string | null;
}

export interface PngContent {
  title: string;
  subtitle: string;
  legend: PngLegendItem[];
  /** One line of citations, e.g. "Source: Associated Press, 2025-10-16 (Tomahawk, ERAM)"; '' without systems. */
  sources: string;
  /** Basemap attribution, then the note on scale. */
  notes: string[];
}

export const SCALE_NOTE =
  'Rings are exact geodesic distances on the WGS84 ellipsoid; Web Mercator stretches areas away from the ' +
  'equator, so no single scale bar applies.';

/** The shown systems, in the scenario's order: the caller may pass every system it knows. */
function shownSystems(scenario: Scenario, systems: readonly SystemEntry[]): SystemEntry[] {
  const byId = new Map(systems.map((s) => [s.id, s]));
  return scenario.systemIds.flatMap((id) => byId.get(id) ?? []);
}

function citation(system: SystemEntry): string {
  const source = system.sources[0];
  if (!source) return 'no source given';
  return [source.publisher, source.date].filter(Boolean).join(', ') || source.title || 'no source given';
}

// First-strong isolate … pop directional isolate: a right-to-left name among others cannot reorder the
// punctuation and names around it when the line is drawn (the canvas applies the Unicode bidi algorithm).
const isolate = (text: string) => `\u2068${text}\u2069`;

/** Systems citing the same first source share one entry, in the order first met. */
function sourcesLine(systems: readonly SystemEntry[]): string {
  const groups = new Map<string, string[]>();
  for (const system of systems) {
    const key = citation(system);
    groups.set(key, [...(groups.get(key) ?? []), system.name]);
  }
  if (groups.size === 0) return '';
  const entries = [...groups].map(([text, names]) => `${isolate(text)} (${names.map(isolate).join(', ')})`);
  return `${entries.length === 1 ? 'Source' : 'Sources'}: ${entries.join('; ')}`;
}

/**
 * The texts of an exported image.
 *
 * @example
 * pngContent(scenario, entries, '', 'Basemap: Natural Earth').legend[0];
 * // { color: '#D55E00', name: 'Tomahawk', range: 'about 1,600 km', band: null }
 */
export function pngContent(
  scenario: Scenario,
  systems: readonly SystemEntry[],
  subtitle: string,
  basemapAttribution: string,
): PngContent {
  const shown = shownSystems(scenario, systems);
  const legend = shown.map((s) => ({
    color: s.color,
    name: s.name,
    range: `about ${formatRange(s, scenario.units)}`,
    band:
      s.rangeMinKm !== undefined && s.rangeMaxKm !== undefined && s.rangeMaxKm > s.rangeMinKm
        ? `published ${formatRange(s, scenario.units, undefined, s.rangeMinKm)}–${formatRange(s, scenario.units, undefined, s.rangeMaxKm)}`
        : null,
  }));
  return {
    title: scenario.title.trim(),
    subtitle: subtitle.trim(),
    legend,
    sources: sourcesLine(shown),
    notes: [basemapAttribution.trim(), scaleNote(scenario, SCALE_NOTE)].filter(Boolean),
  };
}
