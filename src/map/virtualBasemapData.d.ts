// Types of the virtual modules of the map's own that the Vite plugin src/map/basemapDataPlugin.ts builds from
// world-atlas: the 1:110m rings as drawn and the country-name candidates (the packed outlines' modules are
// typed in src/data/virtualOutlines.d.ts).

declare module 'virtual:basemap-110m-unit' {
  const outlines: () => import('./packUnitOutlines').PackedUnitOutlines;
  export default outlines;
}

declare module 'virtual:country-labels' {
  const labels: () => import('./buildCountryLabels').PackedCountryLabels;
  export default labels;
}
