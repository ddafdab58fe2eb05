// Drop a PNG exported by the app, a saved scenario file or a systems file anywhere on the page: the map reopens,
// or the systems are added. Drops that a panel handles itself (the systems file loader) are left to it.
import { useEffect } from 'react';
import type { ParseResult } from '../data';
import type { Scenario } from '../scenario';
import { DATA_IDS } from './loadDefaultSystems';

export function useDropToOpen(
  enabled: boolean,
  onOpen: (scenario: Scenario | null, problems: string[], fileName: string) => void,
  onSystems: (parsed: ParseResult, fileName: string) => void,
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
        // the PNG and scenario readers load with the first drop, not with the page
        void import('./openDroppedFile')
          .then(({ openDroppedFile }) => openDroppedFile(file, DATA_IDS))
          .then((result) => {
            const name = file.name || 'the dropped file';
            if (result.kind === 'systems') onSystems(result.parsed, name);
            else onOpen(result.scenario, result.problems, name);
          });
      };
      window.addEventListener('dragover', onDragOver);
      window.addEventListener('drop', onDrop);
      return () => {
        window.removeEventListener('dragover', onDragOver);
        window.removeEventListener('drop', onDrop);
      };
    },
    [enabled, onOpen, onSystems],
  );
}
