// Leaflet's EPSG:3857 arithmetic (CRS.EPSG3857 with SphericalMercator, Leaflet 1.9), done in its order of
// operations so that the pixels come out bit for bit as Leaflet's map would compute them: for the first
// picture, drawn before Leaflet is loaded, which the Leaflet map then takes over at the very same pixels.

/** SphericalMercator.R and MAX_LATITUDE. */
const R = 6_378_137;
const MAX_LATITUDE = 85.0511287798;
/** EPSG3857's transformation: x' = scale · (A·x + 0.5), y' = scale · (−A·y + 0.5). */
const A = 0.5 / (Math.PI * R);

export interface Pixel {
  x: number;
  y: number;
}

/** CRS.scale: the world's width in pixels at `zoom`. */
export function worldScale(zoom: number): number {
  return 256 * 2 ** zoom;
}

/** CRS.zoom: the zoom at which the world is `scale` pixels wide. */
export function scaleZoom(scale: number): number {
  return Math.log(scale / 256) / Math.LN2;
}

/**
 * Map.project: a latitude and longitude in world pixels at `zoom`.
 *
 * @example
 * toWorldPixel(0, 0, 0); // { x: 128, y: 128 }
 */
export function toWorldPixel(lat: number, lng: number, zoom: number): Pixel {
  const d = Math.PI / 180;
  const clamped = Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE);
  const sin = Math.sin(clamped * d);
  const x = R * lng * d;
  const y = (R * Math.log((1 + sin) / (1 - sin))) / 2;
  const scale = worldScale(zoom);
  return { x: scale * (A * x + 0.5), y: scale * (-A * y + 0.5) };
}

/** Map.unproject: world pixels at `zoom` as [lat, lng]. */
export function fromWorldPixel({ x, y }: Pixel, zoom: number): [number, number] {
  const scale = worldScale(zoom);
  const px = (x / scale - 0.5) / A;
  const py = (y / scale - 0.5) / -A;
  const d = 180 / Math.PI;
  return [(2 * Math.atan(Math.exp(py / R)) - Math.PI / 2) * d, (px * d) / R];
}

/**
 * Map._getNewPixelOrigin with the map pane at rest: the world pixel at the top left of a map of `size` whose
 * centre is `center`, rounded as Leaflet rounds it. A layer's pixel is its world pixel less this.
 */
export function viewPixelOrigin(center: readonly [number, number], zoom: number, size: Pixel): Pixel {
  const p = toWorldPixel(center[0], center[1], zoom);
  return { x: Math.round(p.x - size.x / 2), y: Math.round(p.y - size.y / 2) };
}
