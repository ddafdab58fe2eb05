// A pane of the map with a fixed z-index, made while rendering (or found, when the first drawing of the map
// made it already), so the layers in it are created in the same pass as the map's other children: react-leaflet's
// Pane makes its pane in an effect, and its layers only on the render after that.
import { LeafletContext, useLeafletContext } from '@react-leaflet/core';
import { type ReactNode, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { mapPane } from './panes';

interface Props {
  name: string;
  zIndex: number;
  pointerEvents?: 'none' | 'auto';
  children?: ReactNode;
}

export function MapPane({ name, zIndex, pointerEvents, children }: Props) {
  const context = useLeafletContext();
  const [pane] = useState(() => mapPane(context.map, name, zIndex, pointerEvents));
  const inPane = useMemo(() => ({ ...context, pane: name }), [context, name]);
  return createPortal(<LeafletContext value={inPane}>{children}</LeafletContext>, pane);
}
