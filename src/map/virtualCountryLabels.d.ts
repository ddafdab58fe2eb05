// The type of the virtual module the Vite plugin in vite.config.ts builds from world-atlas (buildCountryLabels).

declare module 'virtual:country-labels' {
  const labels: import('./buildCountryLabels').PackedCountryLabels;
  export default labels;
}
