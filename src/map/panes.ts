// Fixed z-order of the map's layers, so a re-mounted layer never covers the rings (a react-leaflet layer
// re-mounted with a new key otherwise jumps above earlier ones).
export const PANES = {
  basemap: { name: 'basemap', zIndex: 250 },
  rings: { name: 'rings', zIndex: 420 },
  labels: { name: 'labels', zIndex: 450 },
  marks: { name: 'marks', zIndex: 610 },
  markers: { name: 'launchMarkers', zIndex: 620 },
} as const;
