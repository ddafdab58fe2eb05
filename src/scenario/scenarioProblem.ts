// What restore() and the URL and storage readers report when they drop or change part of their input.
// Messages are written for the person who made the link or file, not for a developer.

/** One thing dropped or changed, e.g. `{ field: 'sites', message: '"49.9,abc" ignored — longitude is not a number' }`. */
export interface ScenarioProblem {
  /** The scenario field (`sites`, `systemIds`, …) or URL parameter (`sites`, `systems`, …) it concerns. */
  field: string;
  message: string;
  /** How many dropped things the one message stands for (e.g. "9,800 more launch points …"); 1 when absent. */
  count?: number;
}

/** What a reader needs to know besides its input: which systems the data file has. */
export interface ScenarioContext {
  /** Ids of the data file's systems, in the order they are listed. */
  systemIds: readonly string[];
}
