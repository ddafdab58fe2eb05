// Public names of the panels (no Leaflet here).
export { formatDistance } from './formatDistance';
export { Legend } from './Legend';
