// Types of the virtual modules the Vite plugin src/map/basemapDataPlugin.ts builds from world-atlas: the
// countries at 1:110m (in the first load: the basemap draws them, data/countryOutline reads them as geometry)
// and at 1:50m (a chunk of its own), packed by packOutlines.

declare module 'virtual:basemap-110m' {
  const outlines: () => import('./packOutlines').PackedOutlines;
  export default outlines;
}

declare module 'virtual:basemap-50m' {
  const outlines: () => import('./packOutlines').PackedOutlines;
  export default outlines;
}
