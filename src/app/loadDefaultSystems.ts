// The default data set, data/systems.json, as parseSystems reads it: parsed and validated at build time
// (defaultSystemsPlugin), so that the page does no parsing to start (edit the file and the page reloads with it).
import defaultSystems from 'virtual:default-systems';
import type { ParseResult } from '../data';

export const DEFAULT_SYSTEMS: ParseResult = defaultSystems;

/** Ids of the data file's systems, in its order. */
export const DATA_IDS = DEFAULT_SYSTEMS.systems.map((s) => s.id);
