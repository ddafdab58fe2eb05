// Reads a position as people type or paste it: decimal degrees or degrees-minutes-seconds, latitude first
// unless hemisphere letters or labels say otherwise. WGS84 degrees in, [lon, lat] out; no grid systems (MGRS, UTM).
import type { LonLat } from '../geo';
import {
  type AngleUnit,
  type Axis,
  type CoordinateToken,
  type Hemisphere,
  tokenizeCoordinates,
} from './coordinateTokens';
import { quote } from './describeValue';

export type ParsedCoordinates = { lonLat: LonLat } | { error: string };

type NumberToken = Extract<CoordinateToken, { kind: 'number' }>;

interface Part {
  token: NumberToken;
  unit: AngleUnit;
}

interface Component {
  parts: Part[];
  hemisphere?: Hemisphere;
  axis?: Axis;
}

const EXAMPLE = '49.99, 36.23 or 49°59′N 36°14′E';
const NOT_A_NUMBER = /(?<![\p{L}\p{N}])(?:NaN|Infinity|undefined|null)(?![\p{L}\p{N}])/iu;
const UNIT_NAMES = ['degrees', 'minutes', 'seconds'] as const;
const MARK = ['°', '′', '″'] as const;

/**
 * Reads one position from text. Accepts decimal degrees (`49.99, 36.23`, `49.99 36.23`, `-33.9 -70.6`),
 * hemisphere letters before or after (`49.99N 36.23E`, `N49.99 E36.23`), degrees-minutes-seconds with any
 * common marks (`49°59′30″N`, `49°59'30"N`, `49 59 30 N`, `49:59:30N`, `49°59.5′N`), labels (`lat 49.99 lon 36.23`)
 * and decimal commas when a ';' separates the two or nothing else is written (`49,99; 36,23`, `49,99 36,23`). Latitude comes first unless letters or
 * labels say otherwise (`36.23E 49.99N`). Never throws: anything it cannot read gives `{ error }` saying why.
 *
 * @example
 * parseCoordinates('49.99, 36.23');          // { lonLat: [36.23, 49.99] }
 * parseCoordinates('49°59′30″N 36°14′15″W'); // { lonLat: [-36.2375, 49.991666…] }
 * parseCoordinates('95, 36');                // { error: 'latitude 95 is beyond 90°' }
 * parseCoordinates('abc');                   // { error: 'could not read "abc" as coordinates: try 49.99, 36.23 or 49°59′N 36°14′E' }
 */
export function parseCoordinates(text: string): ParsedCoordinates {
  if (typeof text !== 'string' || text.trim() === '') return { error: `enter coordinates, e.g. ${EXAMPLE}` };
  const unreadable = { error: `could not read ${quote(text.trim())} as coordinates: try ${EXAMPLE}` };
  // What a broken script or spreadsheet writes for a missing number: say so, rather than "could not read".
  const missing = text.match(NOT_A_NUMBER)?.[0];
  if (missing) return { error: `${quote(missing)} is not a number: type coordinates such as ${EXAMPLE}` };
  const tokens = tokenizeCoordinates(unwrap(text));
  if (!tokens) return unreadable;
  const components = tokens.every((token) => token.kind === 'number')
    ? splitNumbers(tokens)
    : splitComponents(tokens);
  if (!components) return unreadable;
  if (components.length === 1) {
    return {
      error: `${quote(text.trim())} is one coordinate: give a latitude and a longitude, e.g. ${EXAMPLE}`,
    };
  }
  const [first, second] = components;
  if (!first || !second || components.length > 2) return unreadable;
  const axes = assignAxes(first, second);
  if ('error' in axes) return axes;
  const a = readAngle(first);
  if (typeof a === 'string') return { error: a };
  const b = readAngle(second);
  if (typeof b === 'string') return { error: b };
  const [lat, lon] = axes[0] === 'lat' ? [a, b] : [b, a];
  if (!(Math.abs(lat) <= 90))
    return { error: `latitude ${formatDegrees(lat)} is beyond ${lat < 0 ? '-' : ''}90°` };
  if (!(Math.abs(lon) <= 180)) {
    return { error: `longitude ${formatDegrees(lon)} is beyond ${lon < 0 ? '-' : ''}180°` };
  }
  // Adding 0 turns -0 (from "0 S" or "-0") into 0.
  return { lonLat: [lon + 0, lat + 0] };
}

// A pasted "geo:49.99,36.23" URI, "(49.99, 36.23)" or a quoted value reads as its contents.
function unwrap(text: string): string {
  let inner = text.trim().replace(/^geo:/i, '');
  const pairs: Record<string, string> = { '(': ')', '“': '”', '"': '"', '‘': '’' };
  const close = pairs[inner[0] ?? ''];
  if (close && inner.length > 1 && inner.endsWith(close)) inner = inner.slice(1, -1);
  return inner.replace(/;\s*$/, '');
}

// Groups tokens into at most a few angles. A number starts a new angle when it cannot continue the current one:
// it has a sign, it follows a decimal fraction or seconds, or its mark is not finer than the previous one.
function splitComponents(tokens: CoordinateToken[]): Component[] | undefined {
  const components: Component[] = [];
  let current: Component = { parts: [] };
  const close = (): boolean => {
    if (current.parts.length > 0) components.push(current);
    else if (current.hemisphere || current.axis) return false;
    current = { parts: [] };
    return true;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    switch (token.kind) {
      case 'number': {
        const next = tokens[i + 1];
        const mark = next?.kind === 'unit' ? next.unit : undefined;
        const last = current.parts.at(-1);
        if (last) {
          const continues =
            !token.signed && (mark === undefined ? !last.token.decimals && last.unit < 2 : mark > last.unit);
          if (!continues && !close()) return undefined;
        }
        const previous = current.parts.at(-1);
        const unit = mark ?? (previous ? ((previous.unit + 1) as AngleUnit) : 0);
        current.parts.push({ token, unit });
        if (mark !== undefined) i += 1;
        break;
      }
      case 'unit':
        // A mark with no number before it ("° 49").
        return undefined;
      case 'hemisphere':
        if (current.parts.length > 0 && !current.hemisphere) {
          current.hemisphere = token.hemisphere;
          if (!close()) return undefined;
        } else if (current.parts.length > 0) {
          // "N 49.99 E 36.23": a second letter after numbers starts the next angle.
          if (!close()) return undefined;
          current.hemisphere = token.hemisphere;
        } else if (current.hemisphere) {
          return undefined;
        } else {
          current.hemisphere = token.hemisphere;
        }
        break;
      case 'label':
        if (current.parts.length > 0 && !close()) return undefined;
        if (current.axis) return undefined;
        current.axis = token.axis;
        break;
      case 'separator':
        if (!close()) return undefined;
        break;
    }
  }
  return close() ? components : undefined;
}

// Bare numbers, no marks, letters or separators: "49.99 36.23", "49 59 36 14" (DM DM), "49 59 30 36 14 15" (DMS DMS).
function splitNumbers(tokens: CoordinateToken[]): Component[] | undefined {
  const parts = tokens.flatMap((token) => (token.kind === 'number' ? [token] : []));
  if (parts.length === 1) return [{ parts: [{ token: parts[0] as NumberToken, unit: 0 }] }];
  if (![2, 4, 6].includes(parts.length)) return undefined;
  const half = parts.length / 2;
  const positional = (list: NumberToken[]) => ({
    parts: list.map((token, index) => ({ token, unit: index as AngleUnit })),
  });
  return [positional(parts.slice(0, half)), positional(parts.slice(half))];
}

function axisOf(component: Component): Axis | undefined | { error: string } {
  const fromLetter =
    component.hemisphere && (component.hemisphere === 'N' || component.hemisphere === 'S' ? 'lat' : 'lon');
  if (fromLetter && component.axis && fromLetter !== component.axis) {
    const side =
      component.hemisphere === 'N' || component.hemisphere === 'S' ? 'north or south' : 'east or west';
    return { error: `${component.axis === 'lat' ? 'latitude' : 'longitude'} cannot be ${side}` };
  }
  return fromLetter ?? component.axis;
}

function assignAxes(first: Component, second: Component): [Axis, Axis] | { error: string } {
  const a = axisOf(first);
  const b = axisOf(second);
  if (typeof a === 'object') return a;
  if (typeof b === 'object') return b;
  if (a && a === b) {
    const [kind, letters] = a === 'lat' ? ['latitudes', 'N/S'] : ['longitudes', 'E/W'];
    return { error: `both coordinates are ${kind} (${letters}): give one latitude and one longitude` };
  }
  const other = (axis: Axis): Axis => (axis === 'lat' ? 'lon' : 'lat');
  if (a) return [a, other(a)];
  if (b) return [other(b), b];
  return ['lat', 'lon'];
}

// Degrees from one angle's parts, or a message saying what is wrong with them.
function readAngle(component: Component): number | string {
  const { parts, hemisphere } = component;
  const marks = parts.some((part) => part.unit > 0) ? MARK : ['', '', ''];
  const written = parts.map((part) => `${part.token.text}${marks[part.unit]}`).join('') + (hemisphere ?? '');
  const first = parts[0];
  if (!first) return `could not read ${quote(written)} as an angle`;
  if (first.unit !== 0) return `${quote(written)} has ${UNIT_NAMES[first.unit]} but no degrees`;
  if (parts.slice(0, -1).some((part) => part.token.decimals)) {
    return `only the last number of an angle may have decimals: ${quote(written)}`;
  }
  if (first.token.negative && hemisphere) {
    return `${quote(written)} has both a minus sign and a hemisphere letter: use one of them`;
  }
  // Summed in units of the last part, then divided once: 36°14′15″ gives 36.2375 exactly, not 36.2375000…04.
  const last = parts.at(-1)?.unit ?? 0;
  let total = 0;
  for (const { token, unit } of parts) {
    if (unit > 0 && token.value >= 60) return `${UNIT_NAMES[unit]} must be below 60, got ${token.text}`;
    total += token.value * 60 ** (last - unit);
  }
  const degrees = total / 60 ** last;
  const negative = first.token.negative || hemisphere === 'S' || hemisphere === 'W';
  return negative ? -degrees : degrees;
}

function formatDegrees(degrees: number): string {
  return Number.isFinite(degrees) ? String(Number(degrees.toPrecision(12))) : String(degrees);
}
