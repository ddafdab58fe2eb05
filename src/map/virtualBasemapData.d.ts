// Types of the virtual module of country-name candidates that the Vite plugin src/map/basemapDataPlugin.ts
// builds from world-atlas (the outlines' modules are typed in src/data/virtualOutlines.d.ts).

declare module 'virtual:country-labels' {
  const labels: () => import('./buildCountryLabels').PackedCountryLabels;
  export default labels;
}
