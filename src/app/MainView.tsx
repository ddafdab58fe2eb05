// The map on screen: the Leaflet map, or the globe or the distance map, each drawing the scenario's scene.
import type { ComponentProps } from 'react';
import type { LonLat } from '../geo';
import { RangeMap } from '../map';
import { type BasemapId, type OnHighlight, type Scenario, setView, type ViewOrigin } from '../scenario';
import { LazyTrueShapeView } from './lazyTrueShape';
import { PanelBoundary } from './PanelBoundary';
import { type SceneInputs, showsTrueShape, trueShapeScene } from './sceneProps';
import type { Notify } from './useUndo';

type RangeMapProps = ComponentProps<typeof RangeMap>;

interface Props {
  scene: SceneInputs;
  basemap: BasemapId;
  highlightedId: string | null;
  fitRequest: number;
  /** In an embedded map, the wheel scrolls the host page, never zooms the map. */
  embed: boolean;
  marks: NonNullable<RangeMapProps['marks']>;
  areaEditing: NonNullable<RangeMapProps['areaEditing']>;
  onHighlight: OnHighlight;
  onMapClick: (lonLat: LonLat) => void;
  onMoveSite: RangeMapProps['onMoveSite'];
  onRemoveSite: (id: string) => void;
  act: (change: (s: Scenario) => Scenario) => void;
  notice: Notify;
}

/** An embed's zoom steps when fitted: quarter levels, so its rings fill the article's frame. */
const EMBED_ZOOM_SNAP = 0.25;

export function MainView(props: Props) {
  const { scene, act } = props;
  const { scenario } = scene;
  const onViewChange = (view: Scenario['view'], origin?: ViewOrigin) => act((s) => setView(s, view, origin));
  return (
    <PanelBoundary name="The map">
      {showsTrueShape(scenario) ? (
        <LazyTrueShapeView
          {...trueShapeScene(scene)}
          highlightedId={props.highlightedId}
          fitRequest={props.fitRequest}
          animate={!prefersReducedMotion()}
          wheelZoom={!props.embed}
          onMapClick={props.onMapClick}
          onViewChange={onViewChange}
        />
      ) : (
        <RangeMap
          sites={scenario.sites}
          systems={scene.systems}
          areas={scenario.areas}
          marks={props.marks}
          view={scenario.view}
          theme={scenario.theme}
          basemap={props.basemap}
          highlightedId={props.highlightedId}
          probe={scene.probe}
          probeName={scene.probeName}
          fitRequest={props.fitRequest}
          animate={!prefersReducedMotion()}
          scrollWheelZoom={!props.embed}
          zoomSnap={props.embed ? EMBED_ZOOM_SNAP : 1}
          labelOf={scene.labelOf}
          onHighlight={props.onHighlight}
          onMapClick={props.onMapClick}
          areaEditing={props.areaEditing}
          onMoveSite={props.onMoveSite}
          onRemoveSite={props.onRemoveSite}
          onViewChange={onViewChange}
          onNotice={(message) => props.notice('basemap', message)}
        />
      )}
    </PanelBoundary>
  );
}

// read once per page: a media query asked again on every render costs a style lookup each time
const REDUCED_MOTION =
  typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;

function prefersReducedMotion(): boolean {
  return REDUCED_MOTION?.matches ?? false;
}
