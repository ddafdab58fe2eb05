// The density a canvas renderer draws at, for code that rounds its points to that canvas's pixels (traceRings).

/**
 * The canvas pixels per CSS pixel a renderer draws at: a density canvas's own (densityCanvas, an export's map),
 * else 1 (Leaflet's Canvas, which rounds its points to CSS pixels at any density).
 *
 * @example
 * traceRings(ctx, rings, { scale, origin, grid: canvasPixelRatio(renderer) }, renderer._bounds, true);
 */
export function canvasPixelRatio(renderer: unknown): number {
  const ratio = (renderer as { options?: { pixelRatio?: unknown } } | null | undefined)?.options?.pixelRatio;
  return typeof ratio === 'number' && ratio > 0 ? ratio : 1;
}
