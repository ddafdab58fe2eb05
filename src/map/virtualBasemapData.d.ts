// Types of the virtual module of the map's own that the Vite plugin src/map/basemapDataPlugin.ts builds from
// world-atlas: the country-name candidates (the outlines' modules are typed in src/data/virtualOutlines.d.ts).

declare module 'virtual:country-labels' {
  const labels: () => import('./buildCountryLabels').PackedCountryLabels;
  export default labels;
}
