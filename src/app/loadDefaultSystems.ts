// The default data set, read from data/systems.json at build time (edit the file and reload to see it).
import systemsText from '../../data/systems.json?raw';
import { parseSystems } from '../data';

export const DEFAULT_SYSTEMS = parseSystems(systemsText, { fileName: 'data/systems.json' });
