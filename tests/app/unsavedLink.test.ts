import { describe, expect, it } from 'vitest';
import { rememberUnsavedLink, takeUnsavedLink, UNSAVED_KEY } from '../../src/app/unsavedLink';

/** A tab's session storage, in memory. */
function sessionStorageOfATab(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, String(value));
    },
  };
}

const STEPS = { 'range-rings:undo': [{ message: 'Removed Kharkiv.' }] };

describe('takeUnsavedLink', () => {
  it('gives a reloaded page whose entry lost its state the link and the undo steps it wrote', () => {
    const session = sessionStorageOfATab();
    rememberUnsavedLink(session, '?sites=1,2', 'sites=3,4', STEPS);
    expect(takeUnsavedLink(session, '?sites=1,2', null, 'reload')).toEqual({
      query: 'sites=3,4',
      state: STEPS,
    });
    // taken once
    expect(session.getItem(UNSAVED_KEY)).toBeNull();
  });

  it('gives them back on Back or Forward to an entry that still holds what the page had', () => {
    const session = sessionStorageOfATab();
    rememberUnsavedLink(session, '?sites=1,2', 'sites=3,4', STEPS);
    expect(takeUnsavedLink(session, '?sites=1,2', STEPS, 'back_forward')?.query).toBe('sites=3,4');
  });

  it('leaves them to another entry of the same address, and to a page at another address', () => {
    const session = sessionStorageOfATab();
    rememberUnsavedLink(session, '?sites=1,2', 'sites=3,4', STEPS);
    const otherSteps = { 'range-rings:undo': [{ message: 'Moved Kyiv.' }] };
    expect(takeUnsavedLink(session, '?sites=1,2', otherSteps, 'reload')).toBeNull();
    // the write was not lost: the page came back at the new address
    expect(takeUnsavedLink(session, '?sites=3,4', STEPS, 'reload')).toBeNull();
    expect(session.getItem(UNSAVED_KEY)).not.toBeNull();
  });

  it('is forgotten by a page opened afresh, so that its own reload never takes it', () => {
    const session = sessionStorageOfATab();
    rememberUnsavedLink(session, '?sites=1,2', 'sites=3,4', STEPS);
    expect(takeUnsavedLink(session, '?sites=1,2', null, 'navigate')).toBeNull();
    expect(takeUnsavedLink(session, '?sites=1,2', null, 'reload')).toBeNull();
  });

  it('reads nothing from a damaged copy, or with no session storage, and never throws', () => {
    const session = sessionStorageOfATab();
    for (const text of ['{', 'null', '7', '{"from":"?a","query":5}', '[]']) {
      session.setItem(UNSAVED_KEY, text);
      expect(takeUnsavedLink(session, '?a', null, 'reload')).toBeNull();
    }
    expect(takeUnsavedLink(null, '?a', null, 'reload')).toBeNull();
    expect(() => rememberUnsavedLink(null, '?a', 'b', null)).not.toThrow();
  });
});
