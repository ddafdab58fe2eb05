// The words of a launch area's reach label: the system, the area and the range as the ring's label words it.

/** The map's label of a reach, e.g. "Tomahawk from Ukraine, 1,600 km" (the true-shape views use the same wording). */
export function reachLabel<S extends { name: string }>(
  system: S,
  areaLabel: string,
  labelOf?: (system: S) => string,
): string {
  const ringLabel = labelOf?.(system);
  const prefix = `${system.name} · `;
  const range = ringLabel?.startsWith(prefix) ? ringLabel.slice(prefix.length) : null;
  return `${system.name} from ${areaLabel}${range ? `, ${range}` : ''}`;
}
