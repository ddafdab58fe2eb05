// The messages the embedded map posts to its host page: plain, structured-cloneable objects whose `type`
// starts with `range-rings:`. The scenario in them is the app's own, as restore() made it.
import type { Scenario, ScenarioProblem } from '../scenario';

/** The version of the message format; it changes only if a message stops meaning what it meant. */
export const MESSAGE_VERSION = 1;

/** The map has started and listens: its scenario as restored from its URL. Posted once. */
export interface ReadyMessage {
  type: 'range-rings:ready';
  scenario: Scenario;
  version: typeof MESSAGE_VERSION;
}

/** The scenario changed (by the reader, or by a host message: then with what of it was ignored). */
export interface ChangeMessage {
  type: 'range-rings:change';
  scenario: Scenario;
  problems: ScenarioProblem[];
}

/** The answer to `range-rings:get`. */
export interface ScenarioMessage {
  type: 'range-rings:scenario';
  scenario: Scenario;
  version: typeof MESSAGE_VERSION;
}

/** The height in CSS pixels the map's page wants for its iframe. */
export interface HeightMessage {
  type: 'range-rings:height';
  height: number;
}

export type MapMessage = ReadyMessage | ChangeMessage | ScenarioMessage | HeightMessage;

/**
 * The message that says the map is ready.
 *
 * @example
 * readyMessage(scenario); // { type: 'range-rings:ready', scenario, version: 1 }
 */
export function readyMessage(scenario: Scenario): ReadyMessage {
  return { type: 'range-rings:ready', scenario, version: MESSAGE_VERSION };
}

/**
 * The message that says the scenario changed.
 *
 * @example
 * changeMessage(scenario, []); // { type: 'range-rings:change', scenario, problems: [] }
 */
export function changeMessage(scenario: Scenario, problems: readonly ScenarioProblem[]): ChangeMessage {
  return { type: 'range-rings:change', scenario, problems: problems.map((p) => ({ ...p })) };
}

/**
 * The answer to a host's `range-rings:get`.
 *
 * @example
 * scenarioMessage(scenario); // { type: 'range-rings:scenario', scenario, version: 1 }
 */
export function scenarioMessage(scenario: Scenario): ScenarioMessage {
  return { type: 'range-rings:scenario', scenario, version: MESSAGE_VERSION };
}

/**
 * The plain height message, in whole CSS pixels rounded up.
 *
 * @example
 * heightMessage(511.2); // { type: 'range-rings:height', height: 512 }
 */
export function heightMessage(heightPx: number): HeightMessage {
  return { type: 'range-rings:height', height: Math.ceil(heightPx) };
}
