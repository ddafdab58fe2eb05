// A link's `centre=2`: the distance map looks from the link's second launch point. Positions, not ids, because
// a link's sites carry no ids; read after the sites, since the position must name one of them.
import { quote } from '../data';
import type { Report } from './readInput';
import type { Scenario } from './types';
import { decodeUrlText } from './urlText';

/**
 * Sets `scenario.centreSiteId` from the raw `centre` parameter, or reports why not.
 *
 * @example
 * readCentreParameter('2', scenario, report); // scenario.centreSiteId = scenario.sites[1].id
 */
export function readCentreParameter(raw: string, scenario: Scenario, report: Report): void {
  const shown = decodeUrlText(raw).trim();
  const count = scenario.sites.length;
  const position = /^\d{1,3}$/.test(shown) ? Number(shown) : Number.NaN;
  if (count === 0) {
    report('centre', `${quote(shown)} ignored — there is no launch point to centre the distance map on`);
  } else if (!(position >= 1 && position <= count)) {
    const which = count === 1 ? 'there is 1 launch point' : `there are ${count} launch points`;
    report(
      'centre',
      `${quote(shown)} ignored — the centre is a launch point's position, 1 to ${count} (${which}); the distance map is centred on the first`,
    );
  } else if (position > 1) {
    scenario.centreSiteId = scenario.sites[position - 1]?.id as string;
  }
}
