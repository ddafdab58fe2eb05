// The words around an exported map (subtitle, credit, note): restored as plain text with their limits, written
// to and read from a link, applied by a host page's patch, set and cleared by their verb.
import { describe, expect, it } from 'vitest';
import {
  decodeScenarioUrl,
  defaultScenario,
  encodeScenarioUrl,
  MAX_CREDIT_LENGTH,
  MAX_MAP_NOTE_LENGTH,
  MAX_SUBTITLE_LENGTH,
  patchScenario,
  restore,
  setWord,
} from '../../src/scenario';

const CONTEXT = { systemIds: ['tomahawk', 'eram', 'atacms'] };
const DEFAULT = defaultScenario(CONTEXT.systemIds.map((id) => ({ id })));

describe('restore: subtitle, credit and note', () => {
  it('keeps each as plain text on one line and names what it cleaned', () => {
    const { scenario, problems } = restore(
      {
        subtitle: ' Ranges  as published,\nOctober 2025 ',
        credit: 'Zoë Ølsen / Kyiv Post',
        note: '<b>bold</b>',
      },
      CONTEXT,
    );
    expect(scenario.subtitle).toBe('Ranges as published, October 2025');
    expect(scenario.credit).toBe('Zoë Ølsen / Kyiv Post');
    expect(scenario.note).toBe('<b>bold</b>');
    expect(problems).toEqual([{ field: 'subtitle', message: 'line breaks and control characters removed' }]);
  });

  it('cuts each to its own length with an ellipsis, and says so', () => {
    const long = 'word '.repeat(100);
    const { scenario, problems } = restore({ subtitle: long, credit: long, note: long }, CONTEXT);
    expect(Array.from(scenario.subtitle ?? '')).toHaveLength(MAX_SUBTITLE_LENGTH);
    expect(Array.from(scenario.credit ?? '')).toHaveLength(MAX_CREDIT_LENGTH);
    expect(Array.from(scenario.note ?? '')).toHaveLength(MAX_MAP_NOTE_LENGTH);
    expect(scenario.note?.endsWith('…')).toBe(true);
    expect(problems).toEqual([
      { field: 'subtitle', message: `cut to ${MAX_SUBTITLE_LENGTH} characters` },
      { field: 'credit', message: `cut to ${MAX_CREDIT_LENGTH} characters` },
      { field: 'note', message: `cut to ${MAX_MAP_NOTE_LENGTH} characters` },
    ]);
  });

  it('leaves an empty word out, and drops one that is not text with a named problem', () => {
    const { scenario, problems } = restore({ subtitle: '   ', credit: 42, note: ['a'] }, CONTEXT);
    expect('subtitle' in scenario || 'credit' in scenario || 'note' in scenario).toBe(false);
    expect(problems).toEqual([
      { field: 'credit', message: '42 ignored — not text' },
      { field: 'note', message: expect.stringMatching(/ignored — not text$/) },
    ]);
  });

  it('a host page patch sets, keeps and clears them', () => {
    const base = restore({ subtitle: 'Old', credit: 'Desk' }, CONTEXT).scenario;
    const patched = patchScenario(base, { subtitle: 'New line', note: 'A note' }, CONTEXT).scenario;
    expect([patched.subtitle, patched.credit, patched.note]).toEqual(['New line', 'Desk', 'A note']);
    const cleared = patchScenario(patched, { credit: '' }, CONTEXT).scenario;
    expect('credit' in cleared).toBe(false);
    expect(cleared.subtitle).toBe('New line');
  });
});

describe('the words in a link', () => {
  it('are written after the title, escaped, and only when set', () => {
    expect(encodeScenarioUrl(DEFAULT)).not.toMatch(/subtitle|credit|note/);
    const s = {
      ...DEFAULT,
      title: 'T',
      subtitle: 'Kyiv, 2025 & after',
      credit: 'J. Doe',
      note: 'Über: 100%',
    };
    expect(encodeScenarioUrl(s).split('&').slice(2)).toEqual([
      'title=T',
      'subtitle=Kyiv%2C%202025%20%26%20after',
      'credit=J.%20Doe',
      'note=%C3%9Cber%3A%20100%25',
    ]);
  });

  it('read back as they were, in any case of the parameter name, with + as a space', () => {
    const s = {
      ...DEFAULT,
      subtitle: 'Ranges as published',
      credit: 'Zoë Ølsen',
      note: 'Not to scale; see text',
    };
    expect(decodeScenarioUrl(encodeScenarioUrl(s), CONTEXT).scenario).toStrictEqual(s);
    const typed = decodeScenarioUrl('?Subtitle=By+hand&CREDIT=Desk&note=100%', CONTEXT);
    expect(typed.problems).toEqual([]);
    expect([typed.scenario?.subtitle, typed.scenario?.credit, typed.scenario?.note]).toEqual([
      'By hand',
      'Desk',
      '100%',
    ]);
  });

  it('a too long word in a link is cut and reported under its parameter', () => {
    const decoded = decodeScenarioUrl(`?credit=${'x'.repeat(500)}`, CONTEXT);
    expect(Array.from(decoded.scenario?.credit ?? '')).toHaveLength(MAX_CREDIT_LENGTH);
    expect(decoded.problems).toEqual([
      { field: 'credit', message: `cut to ${MAX_CREDIT_LENGTH} characters` },
    ]);
  });
});

describe('setWord', () => {
  it('cleans what was typed, keeping inner spaces, and removes an emptied word', () => {
    const s = setWord(DEFAULT, 'credit', '  Graphic  by Zoë ');
    expect(s.credit).toBe('Graphic by Zoë');
    expect('credit' in setWord(s, 'credit', '  ')).toBe(false);
    expect(setWord(DEFAULT, 'note', 'n'.repeat(400)).note).toHaveLength(MAX_MAP_NOTE_LENGTH);
  });
});
