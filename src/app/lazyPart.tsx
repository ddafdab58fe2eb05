// A component loaded from its own chunk, like React.lazy, but one that can fail and be tried again: a failed
// load is thrown to the nearest PanelBoundary with a message for the reader (loadPart), and its "Try again"
// loads the chunk anew. React.lazy keeps a failed load for good, so its "Try again" could never succeed.
import { type ComponentType, type ReactNode, useEffect, useState } from 'react';
import { loadPart } from '../data';

/**
 * A component that renders `fallback(props)` until the chunk is loaded, then the chunk's default export (or what
 * `pick` takes of the chunk's module). `load` is a bare dynamic import, whose result is the chunk's module
 * (loadPart may import the chunk again itself). `loadedNow` names the component when its chunk is already in
 * (loaded for another part), so it shows at once.
 *
 * @example
 * const SidePanel = lazyPart('the side panel', () => import('./SidePanel'), () => <aside aria-busy="true" />);
 */
export function lazyPart<P extends object, M = { default: ComponentType<P> }>(
  part: string,
  load: () => Promise<M>,
  fallback: (props: P) => ReactNode,
  loadedNow?: () => ComponentType<P> | undefined,
  pick: (module: M) => ComponentType<P> = (module) => (module as { default: ComponentType<P> }).default,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyPart(props: P) {
    const [Loaded, setLoaded] = useState(() => loaded ?? loadedNow?.());
    const [failure, setFailure] = useState<Error | null>(null);
    useEffect(
      function loadChunk() {
        if (Loaded) return;
        let live = true;
        loadPart(part, load)
          .then((module) => {
            const component = pick(module);
            loaded = component;
            if (live) setLoaded(() => component);
          })
          .catch(
            // a failed load, or a chunk without the component: to the boundary, as a failure to render
            (error: unknown) => {
              if (live) setFailure(error instanceof Error ? error : new Error(String(error)));
            },
          );
        return () => {
          live = false;
        };
      },
      [Loaded],
    );
    if (failure) throw failure; // to the PanelBoundary, whose "Try again" mounts this anew
    return Loaded ? <Loaded {...props} /> : fallback(props);
  };
}
