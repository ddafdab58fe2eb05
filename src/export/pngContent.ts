// The words around an exported map: title, subtitle, legend (with what a dashed ring means), the note, sources,
// credit and attribution, taken from the scenario and its systems. No drawing here; pngLayout places them.
import { citedSources, hasBand, shortCitation } from '../data';
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
  /** The ring's outline pattern (SVG dash array) once colours repeat, as on the map; absent for a solid line. */
  dash?: string;
}

/** The legend's key to the dashed outline drawn at a published band's edges, in a band's colour. */
export interface PngBandKey {
  color: string;
  /** The band outline's dash array, as on the map. */
  dash: string;
  text: string;
}

export interface PngContent {
  title: string;
  subtitle: string;
  legend: PngLegendItem[];
  /** What a dashed ring means, when a band is drawn; null otherwise. */
  bandKey: PngBandKey | null;
  /** The note above the footer: the scenario's, else the default one on distance and scale. */
  note: string;
  /** One line of citations, e.g. "Source: Associated Press, 2025-10-16 (Tomahawk, ERAM)"; '' without systems. */
  sources: string;
  /** The footer after the sources: the credit ("Graphic: …") when there is one, then the basemap attribution. */
  notes: string[];
}

/** The note when the scenario has none: short, and honest that the map's scale is not one scale. */
export const DEFAULT_NOTE = 'Rings show true distances; map scale varies with latitude';
/** The band outline's pattern on the map (RingsLayer). */
export const BAND_DASH = '4 4';
export const BAND_KEY_TEXT = 'dashed: published range band';
const NO_SOURCE = 'no source given';

/** The shown systems, in the scenario's order: the caller may pass every system it knows. */
function shownSystems(scenario: Scenario, systems: readonly SystemEntry[]): SystemEntry[] {
  const byId = new Map(systems.map((s) => [s.id, s]));
  return scenario.systemIds.flatMap((id) => byId.get(id) ?? []);
}

/** The short citations of what a system's figures drawn come from (citedSources), each once. */
function citations(system: SystemEntry): string[] {
  const cited = citedSources(system).map((source) => shortCitation(source) || NO_SOURCE);
  return cited.length === 0 ? [NO_SOURCE] : [...new Set(cited)];
}

// First-strong isolate … pop directional isolate: a right-to-left name among others cannot reorder the
// punctuation and names around it when the line is drawn (the canvas applies the Unicode bidi algorithm).
const isolate = (text: string) => `\u2068${text}\u2069`;

/** Systems citing the same source share one entry, in the order first met. */
function sourcesLine(systems: readonly SystemEntry[]): string {
  const groups = new Map<string, string[]>();
  for (const system of systems) {
    for (const key of citations(system)) groups.set(key, [...(groups.get(key) ?? []), system.name]);
  }
  if (groups.size === 0) return '';
  const entries = [...groups].map(([text, names]) => `${isolate(text)} (${names.map(isolate).join(', ')})`);
  return `${entries.length === 1 ? 'Source' : 'Sources'}: ${entries.join('; ')}`;
}

// "Graphic: …", unless the credit already says what it credits ("Graphic by …", "Map: …").
function creditLine(credit: string): string {
  if (!credit) return '';
  return /^(graphics?|map|chart|design|by)\b/i.test(credit) ? credit : `Graphic: ${credit}`;
}

/**
 * The texts of an exported image.
 *
 * @example
 * pngContent(scenario, entries, scenario.subtitle ?? '', 'Basemap: Natural Earth').legend[0];
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
    band: hasBand(s)
      ? `published ${formatRange(s, scenario.units, undefined, s.rangeMinKm)}–${formatRange(s, scenario.units, undefined, s.rangeMaxKm)}`
      : null,
    ...(s.dash ? { dash: s.dash } : {}),
  }));
  const banded = shown.find(hasBand);
  const credit = scenario.credit?.trim() ?? '';
  return {
    title: scenario.title.trim(),
    subtitle: subtitle.trim(),
    legend,
    bandKey: banded ? { color: banded.color, dash: BAND_DASH, text: BAND_KEY_TEXT } : null,
    note: scenario.note?.trim() || scaleNote(scenario, DEFAULT_NOTE),
    sources: sourcesLine(shown),
    notes: [creditLine(credit), basemapAttribution.trim()].filter(Boolean),
  };
}
