// Types of the virtual modules the Vite plugin src/map/basemapDataPlugin.ts builds from world-atlas.

declare module 'virtual:country-labels' {
  const labels: () => import('./buildCountryLabels').PackedCountryLabels;
  export default labels;
}

declare module 'virtual:basemap-50m' {
  const outlines: () => import('./packedOutlines').PackedOutlines;
  export default outlines;
}
