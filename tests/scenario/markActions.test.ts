// Marks: the verbs, their undo, what restore() keeps and says, the link's `marks=` both ways and the host's patch.
import { describe, expect, it } from 'vitest';
import {
  addMark,
  decodeScenarioUrl,
  defaultScenario,
  encodeScenarioUrl,
  MAX_MARKS,
  moveMark,
  patchScenario,
  removeMark,
  removeMarkUndoably,
  renameMark,
  restore,
  type Scenario,
  undoRemoval,
} from '../../src/scenario';

const CONTEXT = { systemIds: ['tomahawk', 'eram', 'atacms'] };
const BASE = defaultScenario(CONTEXT.systemIds.map((id) => ({ id })));
const MOSCOW: [number, number] = [37.6176, 55.7558];

describe('mark verbs', () => {
  it('adds marks with new ids, cleaned labels and wrapped longitudes, never mutating the input', () => {
    const before = structuredClone(BASE);
    const s = addMark(addMark(BASE, MOSCOW, '  Moscow\n'), [190, -10]);
    expect(BASE).toStrictEqual(before);
    expect(s.marks).toStrictEqual([
      { id: 'm1', label: 'Moscow', lonLat: MOSCOW },
      { id: 'm2', label: '10.00°S 170.00°W', lonLat: [-170, -10] },
    ]);
    expect(s.sites).toBe(BASE.sites);
  });

  it('refuses an invalid position and a 51st mark by returning the scenario itself', () => {
    expect(addMark(BASE, [0, 91], 'x')).toBe(BASE);
    let full: Scenario = BASE;
    for (let i = 0; i < MAX_MARKS; i++) full = addMark(full, [i, 0]);
    expect(full.marks).toHaveLength(MAX_MARKS);
    expect(addMark(full, [1, 1])).toBe(full);
  });

  it('moves, renames and removes by id; a coordinates label follows the point; the last removal drops the field', () => {
    const s = addMark(addMark(BASE, MOSCOW, 'Moscow'), [30, 50]);
    const moved = moveMark(moveMark(s, 'm1', [37, 55]), 'm2', [31, 51]);
    expect(moved.marks?.map((m) => m.label)).toEqual(['Moscow', '51.00°N 31.00°E']);
    expect(moveMark(s, 'm1', [0, -95])).toBe(s);
    expect(renameMark(s, 'm1', 'Kremlin').marks?.[0]?.label).toBe('Kremlin');
    expect(renameMark(s, 'm1', '   ').marks?.[0]?.label).toBe('55.76°N 37.62°E');
    expect(renameMark(s, 'm9', 'x')).toBe(s);
    const one = removeMark(s, 'm1');
    expect(one.marks?.map((m) => m.id)).toEqual(['m2']);
    expect('marks' in removeMark(one, 'm2')).toBe(false);
  });

  it('puts a removed mark back where it stood, under a new id if its id was taken meanwhile', () => {
    const s = addMark(addMark(addMark(BASE, MOSCOW, 'Moscow'), [30, 50], 'B'), [31, 51], 'C');
    const { scenario, removal } = removeMarkUndoably(s, 'm2');
    expect(removal).toStrictEqual({ kind: 'mark', mark: s.marks?.[1], index: 1 });
    expect(undoRemoval(scenario, removal!)).toStrictEqual(s);
    expect(removeMarkUndoably(s, 'nope').removal).toBeNull();
    const gone = removeMarkUndoably(BASE.marks ? BASE : addMark(BASE, MOSCOW, 'Moscow'), 'm1');
    const reused = addMark(gone.scenario, [1, 1], 'new');
    const back = undoRemoval(reused, gone.removal!);
    expect(back.marks?.map((m) => [m.id, m.label])).toEqual([
      ['m2', 'Moscow'],
      ['m1', 'new'],
    ]);
  });
});

describe('restoring marks', () => {
  it('keeps good marks with unique ids and names each one it drops', () => {
    const { scenario, problems } = restore(
      {
        marks: [
          { id: 'm1', label: 'Moscow', lonLat: MOSCOW },
          { id: 'm1', label: 'Engels', lonLat: [46.2, 51.48] },
          { label: 'Nowhere', lonLat: [10, 95] },
          { label: 'No place' },
          'Kyiv',
          { lonLat: [30, 50], label: 42 },
        ],
      },
      CONTEXT,
    );
    expect(scenario.marks).toStrictEqual([
      { id: 'm1', label: 'Moscow', lonLat: MOSCOW },
      { id: 'm2', label: 'Engels', lonLat: [46.2, 51.48] },
      { id: 'm3', label: '50.00°N 30.00°E', lonLat: [30, 50] },
    ]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'marks: mark "Nowhere" ignored — latitude 95 is not between -90 and 90',
      'marks: mark "No place" ignored — it has no coordinates',
      'marks: mark 5 ignored — it is "Kyiv", not a place with coordinates',
      'marks: label of mark 6 ignored — it is 42, not text',
    ]);
  });

  it('says when marks is not a list, and counts marks past the limit', () => {
    expect(restore({ marks: 'Moscow' }, CONTEXT).problems).toEqual([
      { field: 'marks', message: '"Moscow" ignored — not a list of marked places' },
    ]);
    const many = Array.from({ length: MAX_MARKS + 3 }, (_, i) => ({ lonLat: [i, 0] }));
    const restored = restore({ marks: many }, CONTEXT);
    expect(restored.scenario.marks).toHaveLength(MAX_MARKS);
    expect(restored.problems).toEqual([
      { field: 'marks', message: `3 more marks ignored — a map holds at most ${MAX_MARKS}` },
    ]);
  });

  it('a host page patch replaces the marks and keeps the rest', () => {
    const current = addMark(BASE, MOSCOW, 'Moscow');
    const patched = patchScenario(current, { marks: [{ label: 'Minsk', lonLat: [27.56, 53.9] }] }, CONTEXT);
    expect(patched.problems).toEqual([]);
    expect(patched.scenario).toStrictEqual({
      ...current,
      marks: [{ id: 'm1', label: 'Minsk', lonLat: [27.56, 53.9] }],
    });
    expect(patchScenario(current, { units: 'mi' }, CONTEXT).scenario.marks).toStrictEqual(current.marks);
    expect('marks' in patchScenario(current, { marks: [] }, CONTEXT).scenario).toBe(false);
  });
});

describe('marks in a link', () => {
  it('writes marks= after the rest, labels escaped, and reads them back', () => {
    const s = addMark(addMark(BASE, MOSCOW, 'Moscow; Москва, RU'), [39.7, 47.2]);
    const query = encodeScenarioUrl(s, BASE);
    expect(query).toBe(
      'sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms&marks=55.7558,37.6176,Moscow%3B%20%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0%2C%20RU;47.2,39.7',
    );
    expect(decodeScenarioUrl(query, CONTEXT)).toStrictEqual({ scenario: s, problems: [] });
  });

  it('reads typed links: bare commas in the last label, and counts a flood of marks', () => {
    const typed = decodeScenarioUrl('?marks=55.75,37.62,Moscow,+Russia', CONTEXT);
    expect(typed.scenario?.marks).toStrictEqual([
      { id: 'm1', label: 'Moscow, Russia', lonLat: [37.62, 55.75] },
    ]);
    expect(typed.scenario?.sites).toStrictEqual(BASE.sites);
    const flood = Array.from({ length: 60 }, (_, i) => `${i},0`).join(';');
    const read = decodeScenarioUrl(`?marks=${flood}`, CONTEXT);
    expect(read.scenario?.marks).toHaveLength(MAX_MARKS);
    expect(read.problems).toEqual([
      { field: 'marks', message: `10 more marks ignored — a map holds at most ${MAX_MARKS}`, count: 10 },
    ]);
  });
});
