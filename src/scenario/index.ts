// Public names of the scenario: the one serialisable state and how it is made.

export { defaultScenario, KHARKIV } from './defaultScenario';
export type { DistanceUnit, Scenario, Site } from './types';
