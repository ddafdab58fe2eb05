// The notices over the map: the data's and the link's problems at start, then whatever a part of the app says
// under its own id (a newer message of the same id replaces the older one; null takes it away).
import { useCallback, useState } from 'react';
import { type ScenarioProblem, summariseProblems } from '../scenario';
import { DEFAULT_SYSTEMS } from './loadDefaultSystems';
import type { Notice } from './Notices';
import type { Notify } from './useUndo';

export function useNotices(startProblems: readonly ScenarioProblem[]) {
  const [notices, setNotices] = useState<Notice[]>(() => [
    ...DEFAULT_SYSTEMS.problems
      .filter((p) => p.severity === 'error')
      .map((p, i) => ({ id: `data-${i}`, message: p.message })),
    ...(startProblems.length
      ? [{ id: 'start', message: `Some of the link was ignored: ${summariseProblems(startProblems)}` }]
      : []),
  ]);
  const notice: Notify = useCallback((id, message, action) => {
    setNotices((ns) => [
      ...ns.filter((n) => n.id !== id),
      ...(message ? [{ id, message, ...(action ? { action } : {}) }] : []),
    ]);
  }, []);
  const dismiss = useCallback((id: string) => setNotices((ns) => ns.filter((n) => n.id !== id)), []);
  return { notices, notice, dismiss };
}
