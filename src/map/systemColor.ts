// A colour per system from the Okabe–Ito palette, which stays distinct for the common forms of colour blindness.
const OKABE_ITO = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

export function systemColor(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length] as string;
}
