// Properties of the link codec: a valid scenario survives a link exactly, and no text read as a link throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenarioUrl, defaultScenario, encodeScenarioUrl, restore } from '../../src/scenario';
import { expectSame } from './expectSame';
import { CONTEXT, validScenario } from './scenarioArbitraries';

const RUNS = { seed: 42, numRuns: 1000 };
const TIMEOUT_MS = 30_000;
const DEFAULTS = defaultScenario(CONTEXT.systemIds.map((id) => ({ id })));

// Pieces of links, whole and broken, so that arbitrary strings reach every branch of the reader.
const linkPiece = fc.constantFrom(
  'sites=',
  'systems=',
  'custom=',
  'units=',
  'view=',
  'title=',
  'theme=',
  'basemap=',
  'embed=1',
  'SITES=',
  '?',
  '&',
  '=',
  ';',
  ',',
  ':',
  '+',
  '%',
  '%2C',
  '%3B',
  '%E0%A4',
  '%FF',
  '%uD800',
  '\ud800',
  '50.45',
  '-30.5',
  '95',
  '1e3',
  'abc',
  '300km',
  '12nmi',
  'mi',
  'dark',
  'osm',
  'atacms',
  'Київ',
  ' ',
);

describe('scenario links: properties', () => {
  it(
    'decode(encode(s)) gives s back exactly, with no problems',
    () => {
      fc.assert(
        fc.property(validScenario, fc.boolean(), (s, withDefaults) => {
          const url = encodeScenarioUrl(s, withDefaults ? DEFAULTS : undefined);
          expectSame(decodeScenarioUrl(url, CONTEXT), { scenario: s, problems: [] });
          expectSame(decodeScenarioUrl(`?${url}`, CONTEXT).scenario, s);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'writes only characters that need no escaping in a query, and always sites and systems',
    () => {
      fc.assert(
        fc.property(validScenario, (s) => {
          const url = encodeScenarioUrl(s);
          expect(url).toMatch(/^sites=[A-Za-z0-9%.,;_~!*'()-]*&systems=[a-z0-9,-]*(&|$)/);
          expect(url).toMatch(/^[A-Za-z0-9%.,;:=&_~!*'()-]*$/);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'never throws on any text, and what it returns is valid',
    () => {
      const anyText = fc.oneof(fc.string({ unit: linkPiece, maxLength: 40 }), fc.string({ unit: 'binary' }));
      fc.assert(
        fc.property(anyText, (search) => {
          const { scenario, problems } = decodeScenarioUrl(search, CONTEXT);
          if (scenario) {
            expectSame(restore(JSON.parse(JSON.stringify(scenario)), CONTEXT), {
              scenario,
              problems: [],
            });
          }
          for (const problem of problems) expect(problem.message.trim()).not.toBe('');
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
