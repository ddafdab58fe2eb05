// Types of the virtual modules the Vite plugin src/map/basemapDataPlugin.ts builds from world-atlas: the
// countries at 1:110m as rings (packRings; in the first load: the basemap draws them, data/countryOutline makes
// them into geometry) and at 1:50m as arcs (packOutlines; a chunk of its own).

declare module 'virtual:basemap-110m' {
  const outlines: () => import('./packRings').PackedRings;
  export default outlines;
}

declare module 'virtual:basemap-50m' {
  const outlines: () => import('./packOutlines').PackedOutlines;
  export default outlines;
}
