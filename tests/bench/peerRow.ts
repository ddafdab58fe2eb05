// What the peers benchmark's sections share: the sides measured, a measurement that may fail, and a table row
// from per-round values with its ratios to peer a and the floor and the target it is held to.
import { ratioText, shown, type TableRow } from './benchTable';
import { median, medianRatio } from './quantile';

export type Side = 'app' | 'peer' | 'floor';
/** The build of another commit, in the rounds when PEER_BASE names one (any git revision, e.g. main). */
export type LoadSide = Side | 'base';

/** A baseline build: its commit and the URL it is served at. */
export interface BaseBuild {
  commit: string;
  url: string;
}

/** The URL of each side measured: the pages, and the baseline build's when there is one. */
export function sideUrls(pages: Record<Side, string>, base?: BaseBuild): Partial<Record<LoadSide, string>> {
  return base ? { ...pages, base: base.url } : { ...pages };
}

/** The sides of a round, the baseline build first when there is one. */
export const sidesOf = (base?: BaseBuild): LoadSide[] =>
  base ? ['base', 'app', 'peer', 'floor'] : ['app', 'peer', 'floor'];

/** The measurement's result, or undefined (and a note saying why) when it fails or takes too long. */
export type Attempt = <T>(
  what: string,
  measure: () => Promise<T>,
  timeoutMs?: number,
) => Promise<T | undefined>;

/** A row from per-round values of each side; `target` checks the app's median and its ratio to peer a. */
export function row(
  figure: string,
  unit: string,
  values: Partial<Record<Side, number[]>>,
  target: string,
  met?: (app: number, ratio: number) => boolean,
): TableRow {
  const app = values.app ?? [];
  const vsPeer = values.peer ? medianRatio(app, values.peer) : Number.NaN;
  const vsFloor = values.floor ? medianRatio(app, values.floor) : Number.NaN;
  const appMedian = median(app);
  const verdict = !met || Number.isNaN(appMedian) ? '' : met(appMedian, vsPeer) ? 'met' : 'NOT met';
  return {
    figure,
    app: shown(appMedian, unit),
    peer: values.peer ? shown(median(values.peer), unit) : '',
    floor: values.floor ? shown(median(values.floor), unit) : '',
    vsPeer: ratioText(vsPeer),
    vsFloor: ratioText(vsFloor),
    target,
    verdict,
  };
}
