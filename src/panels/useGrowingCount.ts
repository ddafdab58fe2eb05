// How many items of a long list to mount: the first `step` at once, then `step` more in each later render, each
// a transition (React yields to the page while rendering it), so thousands of rows are rendered, committed and
// laid out in parts with the page answering in between. Once all were mounted the count follows the list at
// once: a launch point added later has its lists in the render that adds it.
import { startTransition, useEffect, useState } from 'react';

/** All of them: the list was mounted to its end. */
const ALL = Number.POSITIVE_INFINITY;

export function useGrowingCount(total: number, step: number): number {
  const [mounted, setMounted] = useState(() => (total <= step ? ALL : step));
  useEffect(
    function mountOneMoreStep() {
      if (mounted >= total) return;
      startTransition(() => setMounted((m) => (m + step >= total ? ALL : m + step)));
    },
    [mounted, total, step],
  );
  return Math.min(mounted, total);
}
