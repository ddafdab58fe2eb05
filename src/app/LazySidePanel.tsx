// The side panel, from its own chunk and only once the first rings are painted: until then (and offline before
// the app was cached, where the boundary around it says so and offers "Try again") an empty panel of the same
// size holds its place, so the map never changes size under its rings.
import { Suspense } from 'react';
import { lazyPart } from './lazyPart';
import type { SidePanelProps } from './SidePanel';

const emptyPanel = (open: boolean) => (
  <aside className={`side-panel ${open ? 'open' : 'closed'}`} aria-busy="true" />
);

const SidePanel = lazyPart<SidePanelProps>(
  'the side panel',
  () => import('./SidePanel'),
  ({ open }) => emptyPanel(open),
);

export function LazySidePanel({ ready, ...props }: SidePanelProps & { ready: boolean }) {
  return (
    <Suspense fallback={emptyPanel(props.open)}>
      {ready ? <SidePanel {...props} /> : emptyPanel(props.open)}
    </Suspense>
  );
}
