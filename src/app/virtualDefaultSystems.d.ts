// Type of the virtual module the Vite plugin src/app/defaultSystemsPlugin.ts builds from data/systems.json.

declare module 'virtual:default-systems' {
  const parsed: import('../data').ParseResult;
  export default parsed;
}
