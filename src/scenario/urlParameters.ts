// The parameter names of a map link. They are fixed: pages that embed the map write them by hand.
// Parameters of later features (embedding) and of link trackers are let through without a word.

/** Every scenario parameter, in the order links write them. */
export const SCENARIO_PARAMETERS = [
  'sites',
  'systems',
  'from',
  'areas',
  'custom',
  'units',
  'view',
  'title',
  'subtitle',
  'credit',
  'note',
  'theme',
  'basemap',
  'colors',
  'marks',
  'projection',
  'centre',
] as const;

/** Fields of a custom system's source in a link's `src=` part, in order, separated by ",". */
export const SOURCE_URL_FIELDS = ['publisher', 'title', 'date', 'url', 'figure'] as const;
/** Named parts of a custom system in a link, after its range: `…:300km:min=165km:type=ballistic%20missile`. */
export const CUSTOM_URL_KEYS = ['min', 'max', 'mi', 'nmi', 'type', 'variant', 'note', 'asof', 'src'] as const;

export type ScenarioParameter = (typeof SCENARIO_PARAMETERS)[number];

/** Parameters that belong to the embedding features, not to the scenario: never reported. */
export const PASSED_PARAMETERS: readonly string[] = [
  'embed',
  'origin',
  'allow',
  'controls',
  'step',
  // pym.js adds these to the iframe's address
  'childid',
  'initialwidth',
  'parenttitle',
  'parenturl',
];

// Added to shared links by social sites and newsletters; reporting them would greet every reader with a warning.
const TRACKING = /^(?:utm_[a-z_]*|fbclid|gclid|msclkid|mc_cid|mc_eid)$/;

/**
 * Whether a parameter that is not a scenario parameter should pass without a problem.
 *
 * @example
 * isPassedParameter('embed');  // true
 * isPassedParameter('fbclid'); // true
 * isPassedParameter('zoom');   // false
 */
export function isPassedParameter(name: string): boolean {
  return PASSED_PARAMETERS.includes(name) || TRACKING.test(name);
}

/**
 * Whether `name` is one of the scenario parameters.
 *
 * @example
 * isScenarioParameter('sites'); // true
 */
export function isScenarioParameter(name: string): name is ScenarioParameter {
  return (SCENARIO_PARAMETERS as readonly string[]).includes(name);
}
