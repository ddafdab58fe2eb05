// Types of the data layer: weapon systems as the app uses them, and the problems found while reading a file.
// Files spell fields in snake_case (range_km); these types are the camelCase shape after parsing.

/** Where a published figure comes from. Every field is optional; a useful source names at least a publisher. */
export interface Source {
  publisher?: string;
  title?: string;
  /** ISO date: `yyyy-mm-dd`, `yyyy-mm` or `yyyy`. */
  date?: string;
  /** An `http:` or `https:` address; anything else is dropped when parsing. */
  url?: string;
  /** What this source says, in its own terms, e.g. `about 995 miles (1,600 km)`. */
  figure?: string;
}

/** One weapon system with its published range, ready to draw. */
export interface WeaponSystem {
  /** Lowercase slug, unique within a data set, e.g. `tomahawk`. */
  id: string;
  name: string;
  /** The range to draw, in kilometres: > 0 and at most `MAX_RANGE_KM`. */
  rangeKm: number;
  /** Lower end of a published range band, in kilometres; never above `rangeKm`. */
  rangeMinKm?: number;
  /** Upper end of a published range band, in kilometres; never below `rangeKm`. */
  rangeMaxKm?: number;
  /** The range as the source published it in miles (AP: "about 995 miles"), shown instead of a conversion. */
  rangeMi?: number;
  /** The range as the source published it in nautical miles. */
  rangeNmi?: number;
  type?: string;
  variant?: string;
  note?: string;
  /** The date the figures were checked, ISO `yyyy-mm-dd` (or `yyyy-mm`, `yyyy`). */
  asOf?: string;
  sources: Source[];
}

export type Severity = 'error' | 'warning';

/**
 * Something wrong in a systems file. An `error` means the record (or the file) was not loaded;
 * a `warning` means it was loaded with something dropped or changed. `message` says what and where.
 */
export interface Problem {
  severity: Severity;
  message: string;
  /** 1-based line in the input text. */
  line?: number;
  /** The field as spelled in the file, e.g. `range_km` or `sources[1].url`. */
  field?: string;
  recordId?: string;
  fileName?: string;
}

export type SystemsFormat = 'json' | 'csv';

export interface ParseOptions {
  /** Skip detection: by default the format comes from `fileName`'s extension, else from the first character. */
  format?: SystemsFormat;
  /** Shown in every problem message, e.g. `systems.csv`. */
  fileName?: string;
  /**
   * Called as the parse goes on, a few hundred rows at a time, and once at the end with `done === total`.
   * Whatever it throws is ignored: a progress display never stops a parse.
   */
  onProgress?: (progress: ParseProgress) => void;
}

/**
 * How far a parse has got, for a progress bar: `done` of `total` units of work. Each row (CSV) or list item
 * (JSON) counts twice, once when it is read and once when it is checked, so `total` is twice their number.
 */
export interface ParseProgress {
  done: number;
  total: number;
}

export interface ParseResult {
  systems: WeaponSystem[];
  problems: Problem[];
}

/**
 * A value read from a file with the line it starts on, before validation. JSON and CSV readers both produce
 * these, so one validator serves both. Objects and arrays keep their parts located; scalars keep their value.
 */
export interface Located {
  kind: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
  line: number;
  value?: string | number | boolean | null;
  members?: LocatedMember[];
  items?: Located[];
}

/** One `key: value` of a located object. `label` is how messages name it when that differs from `key`. */
export interface LocatedMember {
  key: string;
  line: number;
  value: Located;
  label?: string;
}

/** Where a problem is: every part optional. `column` goes into the message only. */
export interface ProblemPlace {
  fileName?: string;
  line?: number;
  column?: number;
  field?: string;
  recordId?: string;
}
