// A launch area's reach label on the map, "Tomahawk from Ukraine, 1,600 km", where placeReachLabels put it.
import { divIcon, type LatLngTuple } from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { REACH_LABEL_GAP_PX } from './reachLabelBox';
import { WORLD_COPY_CLASS } from './worldCopyClass';

// The label's box is centred above its anchor by .ring-label (or below it, with .below), a few pixels off it:
// at the reach's top (or foot) it stays clear of the outline it names; moved along the outline to clear
// another label, it may cross it, as a ring's label moved along its ring does (placeReachLabels). One written
// on a world copy of the reach, a world west or east, is marked so (WORLD_COPY_CLASS): an export's frame fits
// the reach's own label, not its copies 360° away.
export function AreaLabel(props: {
  at: LatLngTuple;
  below: boolean;
  worldCopy: boolean;
  text: string;
  color: string;
  system: string;
}) {
  const { at, below, worldCopy, text, color, system } = props;
  const icon = useMemo(() => {
    const el = document.createElement('span');
    el.className = `ring-label${below ? ' area-label-below' : ''}${worldCopy ? ` ${WORLD_COPY_CLASS}` : ''}`;
    el.textContent = text; // a custom system's name is the user's text: never parsed as HTML
    el.dir = 'auto';
    el.style.color = color;
    el.dataset.system = system; // dimmed by another system's highlight (dimmedLabelsCss)
    return divIcon({
      html: el,
      className: 'ring-label-icon',
      iconSize: undefined,
      iconAnchor: [0, below ? -REACH_LABEL_GAP_PX : REACH_LABEL_GAP_PX],
    });
  }, [text, color, below, worldCopy, system]);
  return <Marker position={at} icon={icon} interactive={false} keyboard={false} />;
}
