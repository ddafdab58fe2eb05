// parseHostMessage: what a host page's message makes the map do, and the reason for every message it
// refuses — null, texts, wrong types, huge or deep values, prototype keys — without ever throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMITS, type ParsedHostMessage, parseHostMessage } from '../../src/embed';
import { defaultScenario, patchScenario, restore, type Scenario } from '../../src/scenario';
import { CONTEXT as ARBITRARY_CONTEXT, validScenario } from '../scenario/scenarioArbitraries';

const SYSTEM_IDS = ['tomahawk', 'eram', 'atacms'];
const CURRENT: Scenario = defaultScenario(SYSTEM_IDS.map((id) => ({ id })));
const CONTEXT = { systemIds: SYSTEM_IDS, scenario: CURRENT };
const KYIV = { label: 'Kyiv', lonLat: [30.5234, 50.45] };

const parse = (data: unknown) => parseHostMessage(data, CONTEXT);
const errorOf = (parsed: ParsedHostMessage) => ('error' in parsed ? parsed.error : null);

describe('parseHostMessage: messages the map acts on', () => {
  it('replaces the scenario with range-rings:set, through restore', () => {
    const scenario = { sites: [KYIV], systemIds: ['tomahawk'], units: 'mi', title: 'From Kyiv' };
    expect(parse({ type: 'range-rings:set', scenario })).toStrictEqual({
      kind: 'set',
      ...restore(scenario, CONTEXT),
    });
    const set = parse({ type: 'range-rings:set', scenario });
    expect(set).toMatchObject({ kind: 'set', problems: [] });
    expect('scenario' in set && set.scenario.sites).toEqual([{ id: 's1', ...KYIV }]);
  });

  it('changes the fields given with range-rings:patch, through patchScenario', () => {
    const patch = { units: 'nmi', view: { center: [33, 52], zoom: 3 } };
    expect(parse({ type: 'range-rings:patch', patch })).toStrictEqual({
      kind: 'patch',
      ...patchScenario(CURRENT, patch, CONTEXT),
    });
    expect(parse({ type: 'range-rings:patch', patch })).toMatchObject({
      scenario: { ...CURRENT, units: 'nmi', view: { center: [33, 52], zoom: 3 } },
      problems: [],
    });
  });

  it('patches over the current scenario of the context', () => {
    const current = { ...CURRENT, units: 'mi' as const };
    const parsed = parseHostMessage(
      { type: 'range-rings:patch', patch: { title: 'x' } },
      { ...CONTEXT, scenario: current },
    );
    expect(parsed).toMatchObject({ scenario: { units: 'mi', title: 'x' } });
  });

  it('reads "systems", the URL\'s name, as systemIds; systemIds wins when both are given', () => {
    expect(parse({ type: 'range-rings:patch', patch: { systems: ['eram', 'atacms'] } })).toMatchObject({
      scenario: { systemIds: ['eram', 'atacms'] },
      problems: [],
    });
    expect(parse({ type: 'range-rings:set', scenario: { systems: ['eram'] } })).toMatchObject({
      scenario: { systemIds: ['eram'] },
    });
    expect(
      parse({ type: 'range-rings:patch', patch: { systems: ['eram'], systemIds: ['atacms'] } }),
    ).toMatchObject({
      scenario: { systemIds: ['atacms'] },
      problems: [{ field: 'systems', message: 'ignored — "systemIds" is given too, and is used' }],
    });
  });

  it('sets launch areas by a patch, as areas or by "from", the URL\'s name; keeps them when none is good', () => {
    const ua = { kind: 'country', code: 'UA' };
    expect(parse({ type: 'range-rings:patch', patch: { areas: [ua] } })).toMatchObject({
      scenario: { ...CURRENT, areas: [ua] },
      problems: [],
    });
    expect(parse({ type: 'range-rings:patch', patch: { from: 'ua,MD' } })).toMatchObject({
      scenario: { areas: [ua, { kind: 'country', code: 'MD' }] },
      problems: [],
    });
    expect(parse({ type: 'range-rings:patch', patch: { from: ['PL'] } })).toMatchObject({
      scenario: { areas: [{ kind: 'country', code: 'PL' }] },
    });
    const withUkraine = {
      ...CONTEXT,
      scenario: { ...CURRENT, areas: [{ kind: 'country' as const, code: 'UA' }] },
    };
    const bad = parseHostMessage(
      { type: 'range-rings:patch', patch: { from: 'ZZ', title: 'x' } },
      withUkraine,
    );
    expect(bad).toMatchObject({
      scenario: { title: 'x', areas: [ua] },
      problems: [
        {
          field: 'areas',
          message:
            'unknown country code "ZZ" ignored — a country is named by its two-letter ISO code, like "UA"',
        },
      ],
    });
    const cleared = parseHostMessage({ type: 'range-rings:patch', patch: { areas: [] } }, withUkraine);
    expect(cleared).toMatchObject({ problems: [] });
    expect('scenario' in cleared && cleared.scenario.areas).toBeUndefined();
    expect(parse({ type: 'range-rings:patch', patch: { from: 'MD', areas: [ua] } })).toMatchObject({
      scenario: { areas: [ua] },
      problems: [{ field: 'from', message: 'ignored — "areas" is given too, and is used' }],
    });
  });

  it('passes on what restore ignored, and keeps the rest', () => {
    expect(
      parse({ type: 'range-rings:patch', patch: { units: 'furlong', systemIds: ['atacms', 'nuke'] } }),
    ).toStrictEqual({
      kind: 'patch',
      scenario: { ...CURRENT, systemIds: ['atacms'] },
      problems: [
        { field: 'systemIds', message: 'unknown system "nuke" ignored' },
        { field: 'units', message: '"furlong" ignored — use km, mi or nmi' },
      ],
    });
  });

  it('asks for the scenario with range-rings:get; extra fields are ignored', () => {
    expect(parse({ type: 'range-rings:get' })).toStrictEqual({ kind: 'get' });
    expect(parse({ type: 'range-rings:get', id: 7 })).toStrictEqual({ kind: 'get' });
  });

  it("recognises pym.js's width message, which is not an error", () => {
    expect(parse('pymxPYMxmap-1xPYMxwidthxPYMx640')).toStrictEqual({
      kind: 'pym',
      pym: { childId: 'map-1', type: 'width', message: '640' },
    });
  });

  it('gives back any valid scenario sent whole, as structured cloning delivers it', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const parsed = parseHostMessage(structuredClone({ type: 'range-rings:set', scenario }), {
          systemIds: ARBITRARY_CONTEXT.systemIds,
          scenario: CURRENT,
        });
        expect(parsed).toStrictEqual({ kind: 'set', scenario, problems: [] });
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('parseHostMessage: malformed messages', () => {
  it.each([
    [null, 'it is null, not an object with a "type"'],
    [undefined, 'it is nothing, not an object with a "type"'],
    ['range-rings:get', 'it is "range-rings:get", not an object with a "type"'],
    ['{"type":"range-rings:get"}', 'it is "{\\"type\\":\\"range-rings:get\\"}", not an object with a "type"'],
    [42, 'it is 42, not an object with a "type"'],
    [true, 'it is true, not an object with a "type"'],
    [[{ type: 'range-rings:get' }], 'it is a list, not an object with a "type"'],
    [{}, 'its "type" is nothing, not text'],
    [{ type: 7 }, 'its "type" is 7, not text'],
    [{ type: ['range-rings:get'] }, 'its "type" is a list, not text'],
    [
      { type: 'range-rings:nope' },
      '"range-rings:nope" is not a message the map knows; use range-rings:set, range-rings:patch or range-rings:get',
    ],
    [
      { type: 'resize' },
      'its type "resize" is not a Range Rings message; use range-rings:set, range-rings:patch or range-rings:get',
    ],
    [{ type: 'range-rings:set' }, 'its "scenario" is nothing, not an object'],
    [{ type: 'range-rings:set', scenario: 'sites=50,30' }, 'its "scenario" is "sites=50,30", not an object'],
    [{ type: 'range-rings:set', scenario: [] }, 'its "scenario" is a list, not an object'],
    [{ type: 'range-rings:patch', patch: null }, 'its "patch" is null, not an object'],
    [{ type: 'range-rings:patch', scenario: { units: 'mi' } }, 'its "patch" is nothing, not an object'],
  ])('refuses %j', (data, error) => {
    expect(parse(data)).toStrictEqual({ error });
  });

  it('refuses a long text as type without repeating it whole', () => {
    const error = errorOf(parse({ type: `range-rings:${'x'.repeat(5000)}` }));
    expect(error).toMatch(/^"range-rings:x+…" is not a message the map knows/);
    expect(error?.length).toBeLessThan(200);
  });

  it('refuses fields named __proto__, constructor or prototype, at any depth, and pollutes nothing', () => {
    const messages = [
      JSON.parse('{"type":"range-rings:patch","patch":{"__proto__":{"polluted":true}}}'),
      JSON.parse(
        '{"type":"range-rings:set","scenario":{"sites":[{"lonLat":[30,50],"__proto__":{"polluted":1}}]}}',
      ),
      JSON.parse('{"__proto__":{"polluted":1},"type":"range-rings:get"}'),
      { type: 'range-rings:patch', patch: { constructor: { prototype: { polluted: true } } } },
      { type: 'range-rings:patch', patch: { view: { prototype: 1 } } },
    ];
    for (const data of messages) {
      expect(errorOf(parse(structuredClone(data)))).toMatch(
        /has a field named "(__proto__|constructor|prototype)", which is never accepted$/,
      );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errorOf(parse(messages[0]))).toBe(
      'message.patch has a field named "__proto__", which is never accepted',
    );
  });

  it('refuses huge lists, texts and objects, and deep nesting, naming where', () => {
    const big = MESSAGE_LIMITS.listLength + 1;
    expect(parse({ type: 'range-rings:set', scenario: { sites: new Array(big).fill(KYIV) } })).toStrictEqual({
      error: `message.scenario.sites is a list of ${big} items; at most ${MESSAGE_LIMITS.listLength}`,
    });
    expect(parse({ type: 'range-rings:patch', patch: { sites: new Array(1_000_000) } })).toMatchObject({
      error: expect.stringMatching(/^message\.patch\.sites is a list of 1000000 items/),
    });
    expect(parse({ type: 'range-rings:patch', patch: { title: 'x'.repeat(20_000) } })).toStrictEqual({
      error: 'message.patch.title is a text of 20000 characters; at most 10000',
    });
    const wide = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`f${i}`, i]));
    expect(errorOf(parse({ type: 'range-rings:patch', patch: wide }))).toBe(
      'message.patch has 500 fields; at most 100',
    );
    let deep: unknown = 1;
    for (let i = 0; i < 20; i++) deep = [deep];
    expect(errorOf(parse({ type: 'range-rings:patch', patch: { sites: deep } }))).toMatch(
      /nested more than 8 levels deep$/,
    );
    const many = Array.from({ length: 999 }, (_, i) => ({ id: `s${i}`, lonLat: [30, 50], label: 'x' }));
    expect(errorOf(parse({ type: 'range-rings:set', scenario: { sites: many } }))).toBe(
      'it holds more than 5000 values',
    );
  });

  it('refuses values that are not plain data, and cycles', () => {
    expect(errorOf(parse({ type: 'range-rings:patch', patch: { title: new Date(0) } }))).toBe(
      'message.patch.title is not plain data',
    );
    expect(errorOf(parse({ type: 'range-rings:patch', patch: { sites: new Map() } }))).toBe(
      'message.patch.sites is not plain data',
    );
    expect(errorOf(parse({ type: 'range-rings:patch', patch: { zoom: 10n } }))).toBe(
      'message.patch.zoom is 10, which a message cannot hold',
    );
    expect(errorOf(parse({ type: 'range-rings:patch', patch: { f: () => 1 } }))).toBe(
      'message.patch.f is a function, which a message cannot hold',
    );
    const cyclic: Record<string, unknown> = { type: 'range-rings:patch', patch: {} };
    (cyclic.patch as Record<string, unknown>).self = cyclic;
    expect(errorOf(parse(structuredClone(cyclic)))).toMatch(/nested more than 8 levels deep$/);
  });

  it('names odd field names shortly in paths', () => {
    const error = errorOf(
      parse({ type: 'range-rings:patch', patch: { [`a b${'c'.repeat(100)}`]: 'x'.repeat(20_000) } }),
    );
    expect(error).toMatch(/^message\.patch\["a bc+…"\] is a text of 20000 characters/);
  });

  it('returns an error, never throws, for hostile objects', () => {
    const throwing = {
      type: 'range-rings:patch',
      get patch(): never {
        throw new Error('boom');
      },
    };
    expect(parse(throwing)).toStrictEqual({ error: 'it could not be read' });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(parse(proxy)).toStrictEqual({ error: 'it could not be read' });
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({
            withNullPrototype: true,
            withBigInt: true,
            withDate: true,
            withMap: true,
            withSet: true,
          }),
          fc.record({
            type: fc.constantFrom('range-rings:set', 'range-rings:patch'),
            scenario: fc.anything(),
            patch: fc.anything(),
          }),
        ),
        (data) => {
          const parsed = parseHostMessage(data, CONTEXT);
          expect('error' in parsed || 'kind' in parsed).toBe(true);
        },
      ),
      { seed: 11, numRuns: 1000 },
    );
  });
});
