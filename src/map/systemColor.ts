// A colour per system from the Okabe–Ito palette, which stays distinct for the common forms of colour blindness.
const OKABE_ITO = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

export function systemColor(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length] as string;
}

// Outlines for the rounds after the palette's first: dotted, dash-dot, long dashes. None is like the published
// band's even "4 4" dashes, so a ring never reads as a band.
const CUES = ['2 5', '12 4 2 4', '16 6 4 6'];

/**
 * The outline pattern (an SVG dash array) that tells a system apart from the one with the same palette colour:
 * none for the first seven, then dotted, dash-dot, long dashes. The legend's swatch draws it too.
 *
 * @example
 * systemDash(0); // undefined (a solid line)
 * systemDash(7); // '2 5' (dotted: the eighth system has the first one's colour)
 */
export function systemDash(index: number): string | undefined {
  const round = Math.floor(index / OKABE_ITO.length);
  return round === 0 ? undefined : CUES[(round - 1) % CUES.length];
}
