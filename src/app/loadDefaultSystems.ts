// The default data set, read from data/systems.json at build time (edit the file and reload to see it).
import systemsText from '../../data/systems.json?raw';
import { parseSystems } from '../data';

export const DEFAULT_SYSTEMS = parseSystems(systemsText, { fileName: 'data/systems.json' });

/** Ids of the data file's systems, in its order. */
export const DATA_IDS = DEFAULT_SYSTEMS.systems.map((s) => s.id);
