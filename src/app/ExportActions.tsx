// The header's "Export image" and "Embed" buttons: the export's frame draws the same scene as the view on screen
// (sceneProps), on the globe, the distance map or the Leaflet map alike.
import { EmbedDialog } from '../embed';
import { PngExportButton } from '../export';
import { FrameMap } from '../map';
import type { SystemEntry } from '../panels';
import { type BasemapId, type Scenario, setBasemap } from '../scenario';
import { LazyTrueShapeFrame } from './lazyTrueShape';
import { PanelBoundary } from './PanelBoundary';
import { type SceneInputs, showsTrueShape, trueShapeScene } from './sceneProps';
import type { Notify } from './useUndo';

interface Props {
  scene: SceneInputs;
  /** The systems shown, as the panel lists them. */
  shown: SystemEntry[];
  basemap: BasemapId;
  act: (change: (s: Scenario) => Scenario) => void;
  notice: Notify;
}

export function ExportActions({ scene, shown, basemap, act, notice }: Props) {
  const { scenario } = scene;
  return (
    <PanelBoundary name="Export image and Embed">
      <PngExportButton
        // the view on screen, never the export dialog's own frame (a projected view too, and earlier in the page)
        getMapContainer={() =>
          document.querySelector<HTMLElement>('.app-main .range-map, .app-main .projected-view')
        }
        scenario={scenario}
        systems={shown}
        basemap={basemap}
        onNeedOfflineBasemap={async () => act((s) => setBasemap(s, 'offline'))}
        onNotice={(message) => notice('png-export', message)}
        onEdit={act}
        renderFrameMap={(frame) =>
          showsTrueShape(scenario) ? (
            // framed on the rings, as the map's frame is, whatever the view on screen ("Use the map as it is"
            // takes that): a view set for another shape of window would crop them
            <LazyTrueShapeFrame {...frame} {...trueShapeScene(scene)} view={null} highlightedId={null} />
          ) : (
            <FrameMap
              {...frame}
              sites={scenario.sites}
              areas={scenario.areas}
              marks={scenario.marks}
              systems={scene.systems}
              theme={scenario.theme}
              basemap={basemap}
              probe={scene.probe}
              probeName={scene.probeName}
              labelOf={scene.labelOf}
            />
          )
        }
      />
      <EmbedDialog scenario={scenario} appUrl={`${window.location.origin}${window.location.pathname}`} />
    </PanelBoundary>
  );
}
