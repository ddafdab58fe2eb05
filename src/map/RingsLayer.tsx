// Draws the range rings: geometry from the geodesy core at a vertex count that follows the zoom; this layer
// only converts and draws it, in its own pane, with the copies for neighbouring worlds.
import { useMemo } from 'react';
import { Pane, Polygon } from 'react-leaflet';
import type { WeaponSystem } from '../data';
import { geodesicFan, mapRing, verticesForZoom, worldCopies } from '../geo';
import type { Site } from '../scenario';
import { PANES } from './panes';
import { systemColor } from './systemColor';
import { polygonsToLatLngs } from './toLatLng';
import { useMapZoom } from './useMapZoom';

interface Props {
  sites: Site[];
  systems: WeaponSystem[];
  /** Index of each system in the data set, for its colour. */
  colorIndex: (id: string) => number;
}

export function RingsLayer({ sites, systems, colorIndex }: Props) {
  const zoom = useMapZoom();
  const rings = useMemo(
    function buildRings() {
      return sites.flatMap((site) => {
        const maxRangeM = Math.max(0, ...systems.map((s) => s.rangeKm * 1000));
        const fan = geodesicFan(site.lonLat, verticesForZoom(site.lonLat, maxRangeM, zoom));
        return systems.map((system) => ({
          key: `${site.id}:${system.id}`,
          system,
          positions: polygonsToLatLngs(
            worldCopies(mapRing(site.lonLat, system.rangeKm * 1000, fan.count, fan)),
          ),
        }));
      });
    },
    [sites, systems, zoom],
  );
  return (
    <Pane name={PANES.rings.name} style={{ zIndex: PANES.rings.zIndex }}>
      {rings.map(({ key, system, positions }) => {
        const color = systemColor(colorIndex(system.id));
        return (
          <Polygon
            key={key}
            positions={positions}
            pathOptions={{ color, weight: 2, fillColor: color, fillOpacity: 0.08 }}
            interactive={false}
            // The vertex count already follows the zoom; Leaflet's own 1-px simplification would undo it.
            smoothFactor={0}
          />
        );
      })}
    </Pane>
  );
}
