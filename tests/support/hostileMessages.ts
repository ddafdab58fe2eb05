// Seeded hostile postMessages for the embedded map, each with the warning it must cause. Messages travel
// as JSON text with tagged values (`{"$": "blob"}`…) that the host page turns into what JSON cannot hold.

/** What the map must say about one message: the start of its warning and a part it names; null for none. */
export interface ExpectedWarning {
  start: string;
  names: string;
}

export interface HostileMessage {
  /** The message as JSON, with tagged values for Blobs, NaN, undefined, long texts… (see `reviveTagged`). */
  json: string;
  /** Null for a message that is valid but hostile in content (markup in a title or label). */
  warning: ExpectedWarning | null;
  kind: string;
}

import {
  BAD_FIELDS,
  FORBIDDEN_KEYS,
  LIMITS,
  MARKUP_PAYLOADS,
  ODD_VALUES,
  T,
  UNKNOWN_FIELDS,
  VALID_PATCH,
  VALID_SET,
} from './hostileValues';

export { MARKUP_PAYLOADS } from './hostileValues';

export const IGNORED = 'Range Rings: message ignored — ';
const partIgnored = (type: 'set' | 'patch') => `Range Rings: part of the ${type} message ignored — `;

type Random = () => number;
const pick = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const whole = (names: string) => ({ start: IGNORED, names });

// Each maker returns a message (as a value to write as JSON, or as JSON text) and what it must cause.
type Made = { value?: unknown; json?: string; warning: ExpectedWarning | null };
const MAKERS: { kind: string; weight: number; make: (random: Random) => Made }[] = [
  {
    kind: 'not an object',
    weight: 3,
    make: (random) => {
      const value = pick(random, [
        null,
        T('undefined'),
        'hello',
        '',
        'range-rings:set',
        'pymxPYMx',
        '{"type":"range-rings:set"}',
        42,
        0,
        T('NaN'),
        T('-Infinity'),
        true,
        [],
        [1, 2],
        [{ type: 'range-rings:get' }],
        '<script>alert(1)</script>',
      ]);
      return { value, warning: whole('not an object with a "type"') };
    },
  },
  {
    kind: 'not plain data',
    weight: 3,
    make: (random) => {
      const tag = pick(random, ['blob', 'buffer', 'typed', 'date', 'map', 'set', 'regexp', 'error']);
      if (random() < 0.5) return { value: T(tag), warning: whole('message is not plain data') };
      return {
        value: { type: 'range-rings:patch', patch: { title: T(tag) } },
        warning: whole('message.patch.title is not plain data'),
      };
    },
  },
  {
    kind: 'bad type',
    weight: 3,
    make: (random) => {
      const type = pick(random, [T('undefined'), null, 7, T('NaN'), true, [], {}, ['range-rings:set']]);
      return { value: { type, patch: { units: 'mi' } }, warning: whole('its "type" is ') };
    },
  },
  {
    kind: 'unknown type',
    weight: 3,
    make: (random) => {
      const type = pick(random, [
        'range-rings:nope',
        'range-rings:delete',
        'range-rings:Set',
        'range-rings:set ',
        'range-rings:',
        'RANGE-RINGS:SET',
        'set',
        'patch',
        '',
        'Infinity',
        '<img src=x onerror=alert(1)>',
      ]);
      return {
        value: { type, scenario: VALID_SET },
        warning: whole(
          type.startsWith('range-rings:') ? 'is not a message the map knows' : 'is not a Range Rings message',
        ),
      };
    },
  },
  {
    kind: 'missing or bad payload',
    weight: 3,
    make: (random) => {
      const type = pick(random, ['set', 'patch'] as const);
      const key = type === 'set' ? 'scenario' : 'patch';
      const value = pick(random, [T('undefined'), null, 'units=mi', 5, [], [VALID_PATCH], T('NaN')]);
      const message: Record<string, unknown> = { type: `range-rings:${type}` };
      if (random() < 0.3) message[`${key}s`] = VALID_PATCH;
      else message[key] = value;
      return { value: message, warning: whole(`its "${key}" is `) };
    },
  },
  {
    kind: 'huge text',
    weight: 2,
    make: (random) => {
      const times = pick(random, [10_001, 50_000, 300_000]);
      const where = pick(random, ['title', 'units', 'label'] as const);
      const text = T('repeat', { text: pick(random, ['x', '<b>', '🚀']), times });
      if (where === 'label') {
        return {
          value: { type: 'range-rings:set', scenario: { sites: [{ lonLat: [30, 50], label: text }] } },
          warning: whole(`message.scenario.sites[0].label is a text of `),
        };
      }
      return {
        value: { type: 'range-rings:patch', patch: { [where]: text } },
        warning: whole(`message.patch.${where} is a text of `),
      };
    },
  },
  {
    kind: 'deep nesting',
    weight: 2,
    make: (random) => {
      const depth = pick(random, [9, 20, 500]);
      const inList = random() < 0.5;
      const open = inList ? '[' : '{"a":';
      const close = inList ? ']' : '}';
      return {
        json: `{"type":"range-rings:patch","patch":{"title":${open.repeat(depth)}1${close.repeat(depth)}}}`,
        warning: whole(`levels deep`),
      };
    },
  },
  {
    kind: 'too large',
    weight: 2,
    make: (random) => {
      switch (pick(random, ['list', 'fields', 'values'] as const)) {
        case 'list':
          return {
            value: { type: 'range-rings:patch', patch: { systems: T('list', { times: 100_000 }) } },
            warning: whole(`message.patch.systems is a list of 100000 items; at most ${LIMITS.listLength}`),
          };
        case 'fields':
          return {
            value: { type: 'range-rings:patch', patch: T('fields', { times: 500 }) },
            warning: whole(`message.patch has 500 fields; at most ${LIMITS.fields}`),
          };
        default:
          return {
            value: {
              type: 'range-rings:set',
              scenario: { sites: Array.from({ length: 9 }, () => T('list', { times: 900 })) },
            },
            warning: whole(`it holds more than ${LIMITS.values} values`),
          };
      }
    },
  },
  {
    kind: 'forbidden key',
    weight: 4,
    make: (random) => {
      const key = pick(random, FORBIDDEN_KEYS);
      const payload = `{${JSON.stringify(key)}:{"polluted":true,"prototype":{"polluted":true}},"units":"mi"}`;
      switch (pick(random, ['top', 'patch', 'site', 'view'] as const)) {
        case 'top':
          return {
            json: `{"type":"range-rings:patch",${JSON.stringify(key)}:{"polluted":true},"patch":{"units":"mi"}}`,
            warning: whole(`message has a field named "${key}", which is never accepted`),
          };
        case 'patch':
          return {
            json: `{"type":"range-rings:patch","patch":${payload}}`,
            warning: whole(`message.patch has a field named "${key}"`),
          };
        case 'site':
          return {
            json: `{"type":"range-rings:set","scenario":{"sites":[{"lonLat":[30,50],${JSON.stringify(key)}:{"polluted":true}}]}}`,
            warning: whole(`message.scenario.sites[0] has a field named "${key}"`),
          };
        default:
          return {
            json: `{"type":"range-rings:patch","patch":{"view":{"center":[30,50],"zoom":3,${JSON.stringify(key)}:{}}}}`,
            warning: whole(`message.patch.view has a field named "${key}"`),
          };
      }
    },
  },
  {
    kind: 'mutated field',
    weight: 8,
    make: (random) => {
      const type = pick(random, ['set', 'patch'] as const);
      const bad = pick(random, BAD_FIELDS);
      const value = pick(random, bad.values);
      const base: Record<string, unknown> = type === 'set' ? { ...VALID_SET } : { ...VALID_PATCH };
      // one name for the systems at a time: both at once is a problem of its own
      delete base.systems;
      delete base.systemIds;
      base[bad.field] = value;
      const message =
        type === 'set'
          ? { type: 'range-rings:set', scenario: base }
          : { type: 'range-rings:patch', patch: base };
      return { value: message, warning: { start: `${partIgnored(type)}${bad.reported}: `, names: '' } };
    },
  },
  {
    kind: 'unknown field',
    weight: 3,
    make: (random) => {
      const type = pick(random, ['set', 'patch'] as const);
      const field = pick(random, UNKNOWN_FIELDS);
      const base: Record<string, unknown> = type === 'set' ? { ...VALID_SET } : { ...VALID_PATCH };
      base[field] = pick(random, ODD_VALUES);
      const message =
        type === 'set'
          ? { type: 'range-rings:set', scenario: base }
          : { type: 'range-rings:patch', patch: base };
      return {
        value: message,
        warning: { start: `${partIgnored(type)}${field}: "${field}" is not part of a map`, names: '' },
      };
    },
  },
  {
    kind: 'markup in a text',
    weight: 3,
    make: (random) => {
      const payload = pick(random, MARKUP_PAYLOADS);
      const where = random();
      if (where < 0.3) {
        return {
          value: { type: 'range-rings:set', scenario: { customSystems: [{ name: payload, rangeKm: 500 }] } },
          warning: null,
        };
      }
      if (where < 0.65)
        return { value: { type: 'range-rings:patch', patch: { title: payload } }, warning: null };
      return {
        value: {
          type: 'range-rings:set',
          scenario: { ...VALID_SET, sites: [{ lonLat: [30.5234, 50.45], label: payload }] },
        },
        warning: null,
      };
    },
  },
];

/**
 * `count` hostile messages drawn with `random`, each kind in proportion to its weight.
 *
 * @example
 * hostileMessages(seededRandom(1), 200).filter((m) => m.warning === null).length; // a few
 */
export function hostileMessages(random: Random, count: number): HostileMessage[] {
  const total = MAKERS.reduce((sum, m) => sum + m.weight, 0);
  return Array.from({ length: count }, () => {
    const r = random() * total;
    let below = 0;
    const maker =
      MAKERS.find((m) => {
        below += m.weight;
        return r < below;
      }) ?? (MAKERS[0] as (typeof MAKERS)[number]);
    const made = maker.make(random);
    return { json: made.json ?? JSON.stringify(made.value), warning: made.warning, kind: maker.kind };
  });
}

/** The kinds of message `hostileMessages` makes. */
export const HOSTILE_KINDS: readonly string[] = MAKERS.map((m) => m.kind);
