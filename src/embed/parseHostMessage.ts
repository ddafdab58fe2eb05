// Reads a message a host page posted to the embedded map into what the map should do. Every scenario in it
// goes through restore() or patchScenario(); anything malformed becomes a reason to warn, never an exception.
import { describeValue } from '../data';
import {
  isRecord,
  own,
  patchScenario,
  restore,
  type Scenario,
  type ScenarioContext,
  type ScenarioProblem,
} from '../scenario';
import { checkMessageShape } from './checkMessageShape';
import { type PymMessage, parsePymMessage } from './pymMessage';

/** What a host message is read against: the data file's system ids and the map's current scenario. */
export interface HostMessageContext extends ScenarioContext {
  scenario: Scenario;
}

/** A host message the map acts on; `set` and `patch` carry the resulting scenario and what was ignored. */
export type HostMessage =
  | { kind: 'set'; scenario: Scenario; problems: ScenarioProblem[] }
  | { kind: 'patch'; scenario: Scenario; problems: ScenarioProblem[] }
  | { kind: 'get' }
  /** A message from pym.js's parent (it sends `width`): not an error, and nothing to restore. */
  | { kind: 'pym'; pym: PymMessage };

export type ParsedHostMessage = HostMessage | { error: string };

const TYPES = 'range-rings:set, range-rings:patch or range-rings:get';

/**
 * Reads one `MessageEvent.data`. `range-rings:set` replaces the scenario (`{ scenario }`, through restore),
 * `range-rings:patch` changes the fields given (`{ patch }`, through patchScenario; `systems` may stand for
 * `systemIds`, `from` for `areas` as in the URL), `range-rings:get` asks for the scenario. It never throws.
 *
 * @example
 * parseHostMessage({ type: 'range-rings:patch', patch: { units: 'mi' } }, { systemIds, scenario });
 * // { kind: 'patch', scenario: { …scenario, units: 'mi' }, problems: [] }
 * parseHostMessage(null, { systemIds, scenario });
 * // { error: 'it is null, not an object with a "type"' }
 */
export function parseHostMessage(data: unknown, context: HostMessageContext): ParsedHostMessage {
  try {
    return read(data, context);
  } catch {
    // Only a hostile value gets here (a throwing getter or a revoked Proxy); posted data never does.
    return { error: 'it could not be read' };
  }
}

function read(data: unknown, context: HostMessageContext): ParsedHostMessage {
  const pym = parsePymMessage(data);
  if (pym) return { kind: 'pym', pym };
  if (!isRecord(data)) return { error: `it is ${describeValue(data)}, not an object with a "type"` };
  const shapeProblem = checkMessageShape(data);
  if (shapeProblem) return { error: shapeProblem };
  const type = own(data, 'type');
  if (typeof type !== 'string') return { error: `its "type" is ${describeValue(type)}, not text` };
  switch (type) {
    case 'range-rings:get':
      return { kind: 'get' };
    case 'range-rings:set': {
      const input = readPayload(data, 'scenario');
      if ('error' in input) return input;
      const restored = restore(input.fields, context);
      return {
        kind: 'set',
        scenario: restored.scenario,
        problems: [...input.problems, ...restored.problems],
      };
    }
    case 'range-rings:patch': {
      const input = readPayload(data, 'patch');
      if ('error' in input) return input;
      const patched = patchScenario(context.scenario, input.fields, context);
      return {
        kind: 'patch',
        scenario: patched.scenario,
        problems: [...input.problems, ...patched.problems],
      };
    }
    default:
      return {
        error: type.startsWith('range-rings:')
          ? `${describeValue(type)} is not a message the map knows; use ${TYPES}`
          : `its type ${describeValue(type)} is not a Range Rings message; use ${TYPES}`,
      };
  }
}

// The scenario or patch of a message, with the URL's names read as the scenario's: `systems` as `systemIds`,
// `from` (a country code, or a list of them: `'UA'`, `['UA', 'MD']`) as `areas`.
function readPayload(
  data: Record<string, unknown>,
  key: 'scenario' | 'patch',
): { fields: Record<string, unknown>; problems: ScenarioProblem[] } | { error: string } {
  const value = own(data, key);
  if (!isRecord(value)) return { error: `its "${key}" is ${describeValue(value)}, not an object` };
  let fields: Record<string, unknown> = value;
  const problems: ScenarioProblem[] = [];
  for (const [alias, field, read] of ALIASES) {
    if (!Object.hasOwn(fields, alias)) continue;
    const { [alias]: given, ...rest } = fields;
    if (Object.hasOwn(fields, field)) {
      problems.push({ field: alias, message: `ignored — "${field}" is given too, and is used` });
      fields = rest;
    } else {
      fields = { ...rest, [field]: read(given) };
    }
  }
  return { fields, problems };
}

const ALIASES: [string, string, (given: unknown) => unknown][] = [
  ['systems', 'systemIds', (given) => given],
  // anything else is passed on as it is, for restore to name what is wrong with it
  [
    'from',
    'areas',
    (given) =>
      typeof given === 'string' || Array.isArray(given)
        ? (typeof given === 'string' ? given.split(',') : given).map((code) =>
            typeof code === 'string' ? { kind: 'country', code: code.trim() } : code,
          )
        : given,
  ],
];
