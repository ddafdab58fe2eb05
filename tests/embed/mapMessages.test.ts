// The messages the map posts: their exact shapes, which host pages rely on, and that they survive
// structured cloning (postMessage) unchanged.
import { describe, expect, it } from 'vitest';
import { changeMessage, heightMessage, readyMessage, scenarioMessage } from '../../src/embed';
import { defaultScenario } from '../../src/scenario';

const SCENARIO = defaultScenario([{ id: 'atacms' }]);

describe('map messages', () => {
  it('have the documented shapes', () => {
    expect(readyMessage(SCENARIO)).toStrictEqual({
      type: 'range-rings:ready',
      scenario: SCENARIO,
      version: 1,
    });
    expect(changeMessage(SCENARIO, [{ field: 'units', message: 'x' }])).toStrictEqual({
      type: 'range-rings:change',
      scenario: SCENARIO,
      problems: [{ field: 'units', message: 'x' }],
    });
    expect(scenarioMessage(SCENARIO)).toStrictEqual({
      type: 'range-rings:scenario',
      scenario: SCENARIO,
      version: 1,
    });
    expect(heightMessage(511.01)).toStrictEqual({ type: 'range-rings:height', height: 512 });
  });

  it('are plain data: structuredClone gives them back equal', () => {
    for (const message of [readyMessage(SCENARIO), changeMessage(SCENARIO, []), heightMessage(300)]) {
      expect(structuredClone(message)).toStrictEqual(message);
    }
  });

  it('copy the problems, so a later change to the list does not alter a posted message', () => {
    const problems = [{ field: 'units', message: 'x' }];
    const message = changeMessage(SCENARIO, problems);
    problems.push({ field: 'title', message: 'y' });
    expect(message.problems).toHaveLength(1);
  });
});
