// What the restore tests share: the systems a link may name, the default scenario and short builders.
import { defaultScenario, type ScenarioProblem } from '../../src/scenario';

export const CONTEXT = { systemIds: ['tomahawk', 'eram', 'atacms'] };
export const DEFAULT = defaultScenario(CONTEXT.systemIds.map((id) => ({ id })));
export const site = (lon: number, lat: number, label?: string, id?: string) => ({
  ...(id === undefined ? {} : { id }),
  ...(label === undefined ? {} : { label }),
  lonLat: [lon, lat],
});
export const problem = (field: string, message: string): ScenarioProblem => ({ field, message });
