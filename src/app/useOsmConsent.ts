// The reader's consent to OpenStreetMap's tiles, the one basemap that makes requests leave the machine. A
// scenario may ask for it (a link, an opened or dropped file, a host page's message), but no tile is fetched
// until the reader agrees once: by "Load" in the prompt, or by picking it in the app's own basemap control.
// The full app remembers the consent for its origin in localStorage; an embed, which touches none of the
// app's storage, remembers it in memory, for as long as its page is open.
import { useCallback, useRef, useState } from 'react';
import { type BasemapId, type Scenario, setBasemap } from '../scenario';

/** The localStorage key of the full app's consent. */
export const OSM_CONSENT_KEY = 'range-rings:osm-consent';

export interface OsmConsent {
  /** The basemap to draw: the scenario's, except OpenStreetMap before the reader agreed. */
  basemap: BasemapId;
  /** The scenario asks for OpenStreetMap and the reader has not answered yet. */
  asking: boolean;
  load: () => void;
  keepOffline: () => void;
  /** `act` for the app's own controls: choosing OpenStreetMap there is consent. */
  actByReader: (change: (s: Scenario) => Scenario) => void;
}

function readConsent(): boolean {
  try {
    return window.localStorage.getItem(OSM_CONSENT_KEY) === 'granted';
  } catch {
    return false; // storage denied: ask
  }
}

function writeConsent(): void {
  try {
    window.localStorage.setItem(OSM_CONSENT_KEY, 'granted');
  } catch {
    // remembered for this page only
  }
}

/**
 * The consent state for `scenario`'s basemap. `embed` keeps it in memory only.
 *
 * @example
 * const osm = useOsmConsent(scenario, act, embed);
 * <RangeMap basemap={osm.basemap} … />
 */
export function useOsmConsent(
  scenario: Scenario,
  act: (change: (s: Scenario) => Scenario) => void,
  embed: boolean,
): OsmConsent {
  const [granted, setGranted] = useState(() => !embed && readConsent());
  const [declined, setDeclined] = useState(false);
  const latest = useRef(scenario);
  latest.current = scenario;

  const grant = useCallback(() => {
    setGranted(true);
    if (!embed) writeConsent();
  }, [embed]);

  const keepOffline = useCallback(() => {
    setDeclined(true);
    // the full app's reader owns the map: its basemap control then says what the map shows
    if (!embed) act((s) => setBasemap(s, 'offline'));
  }, [act, embed]);

  const actByReader = useCallback(
    (change: (s: Scenario) => Scenario) => {
      if (latest.current.basemap !== 'osm' && change(latest.current).basemap === 'osm') grant();
      act(change);
    },
    [act, grant],
  );

  const wantsOsm = scenario.basemap === 'osm';
  return {
    basemap: wantsOsm && granted ? 'osm' : 'offline',
    asking: wantsOsm && !granted && !declined,
    load: grant,
    keepOffline,
    actByReader,
  };
}
