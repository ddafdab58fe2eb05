// The links the peers benchmark opens on the app and on peer a alike: the default map, 10 launch points × 5
// systems (two of them the link's own), 50 launch points × the 3 systems of the data file, and the first of
// those 50 alone at the same view (the drag's growth sets the same point's move among the others against it).

export const TEN_BY_FIVE = `?sites=${Array.from(
  { length: 10 },
  (_, i) => `${(46 + (i % 4) * 1.5).toFixed(2)},${(24 + i * 2.2).toFixed(2)},P${i + 1}`,
).join(
  ';',
)}&systems=tomahawk,eram,atacms,custom-storm-shadow,custom-taurus&custom=Storm%20Shadow:250km;Taurus:500km&view=48,35,5`;
const FIFTY_SITES = Array.from(
  { length: 50 },
  (_, i) => `${(44 + (i % 10) * 1.2).toFixed(2)},${(22 + Math.floor(i / 10) * 4).toFixed(2)},P${i + 1}`,
);
const FIFTY_LOOK = '&systems=tomahawk,eram,atacms&view=49,32,4';
export const FIFTY_POINTS = `?sites=${FIFTY_SITES.join(';')}${FIFTY_LOOK}`;
/** The first of FIFTY_POINTS (the one a drag takes) alone, at the same view: the drag's growth is set against it. */
export const FIRST_OF_FIFTY = `?sites=${FIFTY_SITES[0]}${FIFTY_LOOK}`;
export const SCENARIOS = { default: '', '10 × 5': TEN_BY_FIVE } as const;
export type ScenarioName = keyof typeof SCENARIOS;
