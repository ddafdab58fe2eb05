// A system's key in a legend: a short line in its colour, with its outline pattern when its colour repeats.

/**
 * @example
 * <SystemSwatch color="#D55E00" dash="2 5" /> // a dotted orange line
 */
export function SystemSwatch({ color, dash }: { color: string; dash?: string | undefined }) {
  if (!dash) return <span className="swatch" style={{ borderColor: color }} aria-hidden="true" />;
  return (
    <svg className="swatch swatch-line" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
      <line x1="1" y1="6" x2="21" y2="6" stroke={color} strokeWidth="3" strokeDasharray={dash} />
    </svg>
  );
}
