// Drop a PNG exported by the app, a saved scenario file or a systems file anywhere on the page: the map reopens,
// or the systems are added. Drops that a panel handles itself (the systems file loader) are left to it.
import { useEffect } from 'react';
import type { ParseResult } from '../data';
import { loadPart } from '../data';
import type { Scenario } from '../scenario';
import { DATA_IDS } from './loadDefaultSystems';

export function useDropToOpen(
  enabled: boolean,
  onOpen: (scenario: Scenario | null, problems: string[], fileName: string) => void,
  onSystems: (parsed: ParseResult, fileName: string) => void,
  onAreas?: (text: string, fileName: string) => void,
): void {
  useEffect(
    function openDroppedFiles() {
      if (!enabled) return;
      const onDragOver = (e: DragEvent) => {
        if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
      };
      const onDrop = (e: DragEvent) => {
        const file = e.dataTransfer?.files[0];
        if (e.defaultPrevented || !file) return;
        e.preventDefault(); // never let the browser navigate away to the file
        const name = file.name || 'the dropped file';
        // the PNG and scenario readers load with the first drop, not with the page; offline before the app
        // was cached that load fails, and the notice says so
        void loadPart('the reader of dropped files', () => import('./openDroppedFile'))
          .then(({ openDroppedFile }) => openDroppedFile(file, DATA_IDS))
          .then(
            (result) => {
              if (result.kind === 'systems') onSystems(result.parsed, name);
              else if (result.kind === 'areas') {
                if (onAreas) onAreas(result.text, name);
                else
                  onOpen(null, [`${name} is a file of lines or areas, which this page does not open.`], name);
              } else onOpen(result.scenario, result.problems, name);
            },
            (error: unknown) => onOpen(null, [error instanceof Error ? error.message : String(error)], name),
          );
      };
      window.addEventListener('dragover', onDragOver);
      window.addEventListener('drop', onDrop);
      return () => {
        window.removeEventListener('dragover', onDragOver);
        window.removeEventListener('drop', onDrop);
      };
    },
    [enabled, onOpen, onSystems, onAreas],
  );
}
