// The export and save buttons: GeoJSON, KML and scenario files made in the browser from the scenario and
// downloaded, and a saved scenario opened from disk. Nothing is sent anywhere; the caller reads what is opened.
import { type ChangeEvent, type ReactNode, useId, useRef } from 'react';
import type { SystemEntry } from '../panels';
import type { Scenario } from '../scenario';
import { downloadBlob } from './downloadBlob';
import { downloadText } from './downloadText';
import { exportFileBlob } from './exportFileBlob';
import { fileNameFor } from './fileNameFor';
import { fileTooLarge } from './maxOpenedFileBytes';
import { scenarioFile } from './scenarioFile';
import './exportMenu.css';

export interface ExportMenuProps {
  scenario: Scenario;
  /** The systems whose rings are shown, as the map draws them. */
  systems: SystemEntry[];
  /** Called with the text and name of a file the user chose; read it with readScenarioFile. `refused` says why
   * a file was not read at all (larger than 50 MB); the text is then empty. */
  onOpenScenario: (text: string, fileName: string, refused?: string) => void;
  /** Rendered first in the group: the PNG export button. */
  pngSlot?: ReactNode;
}

/**
 * A compact group of buttons: "Export GeoJSON", "Export KML", "Save scenario" and "Open scenario".
 *
 * @example
 * <ExportMenu scenario={scenario} systems={shown} onOpenScenario={openFile} pngSlot={<PngButton />} />
 */
export function ExportMenu({ scenario, systems, onOpenScenario, pngSlot }: ExportMenuProps) {
  const openButtonId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const name = (extension: string) => fileNameFor(scenario.title, extension);

  // Written in a worker: a heavy map's rings take seconds, which the page should not freeze for.
  async function exportGeoJson() {
    downloadBlob(await exportFileBlob('geojson', scenario, systems), name('geojson'));
  }
  async function exportKml() {
    downloadBlob(await exportFileBlob('kml', scenario, systems), name('kml'));
  }
  function saveScenario() {
    downloadText(scenarioFile(scenario, new Date()), name('json'), 'application/json');
  }
  function openChosenFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again opens it again.
    input.value = '';
    if (!file) return;
    const tooLarge = fileTooLarge(file);
    if (tooLarge) return onOpenScenario('', file.name, tooLarge);
    file.text().then(
      (text) => onOpenScenario(text, file.name),
      () => onOpenScenario('', file.name),
    );
  }

  return (
    <fieldset className="export-menu">
      <legend className="export-menu-legend">Export and save</legend>
      {pngSlot}
      <button
        type="button"
        onClick={() => void exportGeoJson()}
        title="Rings and launch points for QGIS or geojson.io"
      >
        Export GeoJSON
      </button>
      <button type="button" onClick={() => void exportKml()} title="Rings and launch points for Google Earth">
        Export KML
      </button>
      <button type="button" onClick={saveScenario} title="This map as a file you can open again">
        Save scenario
      </button>
      <button
        type="button"
        id={openButtonId}
        onClick={() => fileInput.current?.click()}
        title="Open a map saved with Save scenario"
      >
        Open scenario
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-labelledby={openButtonId}
        hidden
        onChange={openChosenFile}
      />
    </fieldset>
  );
}
