// What the page says about the map saved in this browser: one that could not be read in full (kept aside,
// offered as a file), and one another tab saved meanwhile (the user chooses which map to keep; the other is
// kept aside and offered as a file, and taking the other tab's map can be undone).
import { useEffect, useRef } from 'react';
import { downloadText } from '../export';
import type { Scenario, StoredTrouble } from '../scenario';
import { summariseProblems } from '../scenario';
import type { ScenarioStart } from './startScenario';
import type { OtherTabMap } from './useScenario';
import type { Notify } from './useUndo';

const MIME = 'application/json';

export interface StorageNoticesInput {
  start: ScenarioStart;
  otherTab: OtherTabMap | null;
  keepThisTab: () => void;
  takeOtherTab: () => Scenario | null;
  currentScenario: () => Scenario;
  notify: Notify;
  replace: (next: Scenario, message: string) => void;
  /** The browser would not keep the map (storage full or blocked). */
  storageRefused: boolean;
}

export function useStorageNotices(input: StorageNoticesInput): void {
  const { start, otherTab, notify, storageRefused } = input;
  // the callbacks are read when a button is pressed: their identity changing never asks again
  const latest = useRef(input);
  latest.current = input;

  useEffect(
    function sayWhatWasNotRead() {
      const { stored } = start;
      if (stored.trouble) {
        const { kind, text } = stored.trouble;
        notify('stored', troubleMessage(kind, start), {
          label: 'Download the unreadable copy',
          run: () => downloadText(text, 'range-rings-saved-map-unreadable.json', MIME),
        });
      } else if (stored.problems.length && start.from !== 'url') {
        notify(
          'stored',
          `The map saved in this browser could not be read: ${summariseProblems(stored.problems)}.`,
        );
      }
    },
    [start, notify],
  );

  useEffect(
    function sayStorageRefused() {
      if (storageRefused)
        notify(
          'storage',
          'This browser would not keep the map (its storage is full or blocked). Nothing is lost: the address bar holds the whole map; bookmark or copy the link.',
        );
    },
    [storageRefused, notify],
  );

  useEffect(
    function askWhichMapToKeep() {
      if (!otherTab) return;
      const keep = {
        label: "Keep this tab's map",
        run: () => {
          latest.current.keepThisTab();
          notify('other-tab', "Kept this tab's map. The other tab's map is kept aside in this browser.", {
            label: "Download the other tab's map",
            run: () => downloadText(otherTab.text, 'range-rings-other-tab-map.json', MIME),
          });
        },
      };
      const take = {
        label: "Take the other tab's map",
        run: () => {
          const { currentScenario, takeOtherTab, replace } = latest.current;
          const mine = JSON.stringify(currentScenario());
          const next = takeOtherTab();
          if (!next) return;
          notify('other-tab', "This tab's map is kept aside in this browser.", {
            label: "Download this tab's map",
            run: () => downloadText(mine, 'range-rings-this-tab-map.json', MIME),
          });
          replace(next, "Took the other tab's map.");
        },
      };
      if (otherTab.read.scenario) {
        notify(
          'other-tab',
          'The map was changed in another tab. Keep this tab’s map, or take the other’s? Neither is lost: the one not kept stays aside in this browser.',
          [keep, take],
        );
      } else {
        notify(
          'other-tab',
          'Another tab saved a map this page cannot read. This tab’s map is not saved over it until you choose.',
          [keep],
        );
      }
    },
    [otherTab, notify],
  );
}

function troubleMessage(kind: StoredTrouble, start: ScenarioStart): string {
  const aside = 'It is kept aside in this browser, unchanged; download it to keep it as a file.';
  if (kind === 'damaged') {
    const shown = start.from === 'url' ? 'the link’s map is shown' : 'the default map is shown';
    return `The map saved in this browser could not be read (it is damaged), so ${shown}. ${aside}`;
  }
  if (kind === 'newer') {
    const shown = start.from === 'storage' ? ' What this version understands is shown.' : '';
    return `The map saved in this browser was saved by a newer version of Range Rings.${shown} ${aside}`;
  }
  const read =
    start.from === 'storage'
      ? 'Some of the map saved in this browser was ignored'
      : 'The map saved in this browser had parts this version ignores';
  return `${read}: ${summariseProblems(start.stored.problems)}. ${aside}`;
}
