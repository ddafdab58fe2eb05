// "Pick a country on the map": the next click on the map adds the country of the basemap under it as a launch
// area (the 1:50m outlines once loaded, else 1:110m), and says which, or that there is none; Escape leaves the
// mode. Not part of the scenario: a reload ends the mode.
import { useCallback, useState } from 'react';
import { countryAt, countryByCode, uncodedLandAt } from '../data';
import type { LonLat } from '../geo';
import { addCountryArea, areaKey, MAX_AREAS, type Scenario } from '../scenario';
import { useEscapeKey } from './useEscapeKey';

export interface CountryPicking {
  picking: boolean;
  setPicking: (on: boolean) => void;
  /** Takes a click on the map while picking (true), or leaves it to others (false). */
  takeMapClick: (lonLat: LonLat) => boolean;
}

export function useCountryPicking(
  scenario: Scenario,
  act: (change: (s: Scenario) => Scenario) => void,
  notify: (message: string | null) => void,
): CountryPicking {
  const [picking, setPicking] = useState(false);
  useEscapeKey(picking, () => setPicking(false));
  const areas = scenario.areas ?? [];
  const takeMapClick = useCallback(
    (lonLat: LonLat) => {
      if (!picking) return false;
      setPicking(false);
      const country = countryByCode(countryAt(lonLat) ?? '');
      const land = country ? null : uncodedLandAt(lonLat);
      if (land) notify(`${land} has no country code on the basemap; nothing was added.`);
      else if (!country) notify('No country there (sea).');
      else if (areas.some((area) => areaKey(area) === country.code))
        notify(`${country.name} is a launch area already.`);
      else if (areas.length >= MAX_AREAS)
        notify(`${country.name} was not added: a map holds at most ${MAX_AREAS} launch areas.`);
      else {
        act((s) => addCountryArea(s, country.code));
        notify(`Added the launch area ${country.name}.`);
      }
      return true;
    },
    [picking, areas, act, notify],
  );
  return { picking, setPicking, takeMapClick };
}
