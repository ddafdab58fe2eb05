// Public names of the scenario: the one serialisable state and how it is made.
export type { BasemapId, CustomSystem, DistanceUnit, MapView, Scenario, Site, Theme } from './types';
export { DEFAULT_TITLE, defaultScenario, KHARKIV } from './defaultScenario';
