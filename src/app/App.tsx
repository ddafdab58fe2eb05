// Wiring only: the one Scenario and the state of the moment (highlight, probed point), the map and panels.
import { useCallback, useEffect, useState } from 'react';
import {
  EmbedLegend,
  EmbedProbe,
  isEmbedPage,
  readEmbedOptions,
  useEmbedBridge,
  useRefitOnResize,
} from '../embed';
import type { LonLat } from '../geo';
import { useAfterFirstPaint } from '../map';
import { RingsSummary } from '../panels';
import {
  addSite,
  areaName,
  removeAreaUndoably,
  removeSiteUndoably,
  type Scenario,
  setProjection,
  setView,
  summariseProblems,
} from '../scenario';
import { AppHeader } from './AppHeader';
import { ExportActions } from './ExportActions';
import { highlightStore } from './highlightStore';
import { LazySidePanel } from './LazySidePanel';
import { DATA_IDS } from './loadDefaultSystems';
import { MainView } from './MainView';
import { Notices } from './Notices';
import { OsmConsentPrompt } from './OsmConsentPrompt';
import { PanelBoundary } from './PanelBoundary';
import { useAreaEditing } from './useAreaEditing';
import { useDropToOpen } from './useDropToOpen';
import { useEscapeKey } from './useEscapeKey';
import { useHeldElement } from './useMapFirst';
import { useMapFirstActions } from './useMapFirstActions';
import { useMarks } from './useMarks';
import { useNotices } from './useNotices';
import { useOsmConsent } from './useOsmConsent';
import { usePlacePoints } from './usePlacePoints';
import { usePlaces } from './usePlaces';
import { useScenario } from './useScenario';
import { useServiceWorker } from './useServiceWorker';
import { useShownSystems } from './useShownSystems';
import { useStorageNotices } from './useStorageNotices';
import { useUndo } from './useUndo';
import { useUserSystems } from './useUserSystems';
import { WithHighlight } from './WithHighlight';

export function App() {
  const [embedOptions] = useState(() => readEmbedOptions(window.location.search, isEmbedPage()));
  const embed = embedOptions.embed;
  const { scenario, update, startProblems, storageRefused, ...stored } = useScenario(DATA_IDS, {
    storage: !embed,
  });
  const showPanel = !embed || embedOptions.controls;
  const { notices, notice, dismiss } = useNotices(startProblems);
  // the system the pointer is on (its row, its rings, its bar), shown in the frame of the pointer's events by
  // what shows it, without rendering the app
  const [highlights] = useState(highlightStore);
  useEffect(() => highlights.cancel, [highlights]);
  const [probe, setProbe] = useState<LonLat | null>(null);
  const [probeName, setProbeName] = useState<string | null>(null);
  const showProbe = useCallback((lonLat: LonLat | null, name?: string) => {
    setProbe(lonLat);
    setProbeName(name ?? null);
  }, []);
  const [addOnClick, setAddOnClick] = useState(false);
  const [fitRequest, setFitRequest] = useState(0);
  const requestFit = useCallback(() => setFitRequest((n) => n + 1), []);
  const [panelOpen, setPanelOpen] = useState(true);
  const { places, problem: placesProblem, request: requestPlaces } = usePlaces(showPanel);
  // The panel and the text summary follow the first rings by two frames, so building them (and the first
  // Intl.NumberFormat) never delays them.
  const firstPainted = useAfterFirstPaint();

  const { entries, shown, ringSystems, labelOf } = useShownSystems(scenario);

  const act = useCallback((change: (s: Scenario) => Scenario) => update(change), [update]);
  // OpenStreetMap's tiles only once the reader agreed, whoever asked for them
  const osm = useOsmConsent(scenario, act, embed);
  const fromHost = useCallback(
    (next: Scenario) => {
      update(() => next);
      // a scenario without a view fits its rings, as it does when a link opens
      if (next.view === null) requestFit();
    },
    [update, requestFit],
  );
  useEmbedBridge({
    scenario,
    setScenario: fromHost,
    enabled: embed,
    allowedOrigins: embedOptions.allowedOrigins,
    referrer: document.referrer,
    systemIds: DATA_IDS,
  });
  // a narrower or wider frame fits the rings again, unless a view was set (URL, host page or reader)
  useRefitOnResize(embed && scenario.view === null, requestFit);
  useServiceWorker(notice);
  const closeProbe = useCallback(() => setProbe(null), []);
  const { remove, replace, moved } = useUndo(scenario, update, notice, (back) => {
    highlights.setNow(null);
    if (back.view === null) requestFit();
  });
  const { onAddPlace, onMoveSite } = usePlacePoints(scenario, act, moved);
  // a new launch point, a system ticked or unticked and another unit are drawn on the map in the frame after
  // the key press or click; the panels' lists follow
  const { held, mapFirst, addPlace, actMapFirst } = useMapFirstActions(onAddPlace, osm.actByReader);
  useStorageNotices({ ...stored, storageRefused, notify: notice, replace });
  const onRemoveSite = useCallback((id: string) => remove((s) => removeSiteUndoably(s, id)), [remove]);
  const marks = useMarks({ scenario, act, remove, showProbe });
  const onRemoveArea = useCallback((code: string) => remove((s) => removeAreaUndoably(s, code)), [remove]);
  const replaceScenario = useCallback(
    (next: Scenario | null, problems: string[], from?: string) => {
      const said = summariseProblems(problems.map((message) => ({ field: 'file', message })));
      if (!next) return notice('open', `The file could not be opened; the map is unchanged. ${said}`);
      replace(next, `Opened ${from ?? 'the map'}.`);
      if (next.view === null) requestFit();
      notice('open', problems.length ? `Opened, with what was ignored: ${said}` : null);
    },
    [replace, notice, requestFit],
  );
  const fitAll = useCallback(() => {
    act((s) => setView(s, null));
    requestFit();
  }, [act, requestFit]);
  const areaNotice = useCallback((message: string | null) => notice('area-file', message), [notice]);
  const areaEditing = useAreaEditing(scenario, act, areaNotice, fitAll, () => {
    setAddOnClick(false);
    marks.setMarkOnClick(false);
  });
  const onMapClick = useCallback(
    (lonLat: LonLat) => {
      if (areaEditing.takeMapClick(lonLat)) return;
      if (addOnClick) {
        mapFirst(() => {
          act((s) => addSite(s, lonLat));
          setAddOnClick(false);
        });
      } else if (marks.markOnClick) {
        marks.markAt(lonLat);
      } else {
        showProbe(lonLat);
      }
    },
    [act, mapFirst, addOnClick, showProbe, marks.markOnClick, marks.markAt, areaEditing.takeMapClick],
  );
  useEscapeKey(addOnClick, () => setAddOnClick(false));
  /** A click on the map does one thing at a time: turning one mode on turns the others off. */
  const clickTo = (mode: 'add' | 'mark') => {
    setAddOnClick(mode === 'add');
    marks.setMarkOnClick(mode === 'mark');
    areaEditing.stopPicking();
  };
  const scene = { scenario, systems: ringSystems, probe, probeName, labelOf };
  const unhighlight = useCallback(() => highlights.setNow(null), [highlights]);
  const { loadSystems, onSystemsDropped, onRemoveSystem, onResetSystems } = useUserSystems({
    customCount: scenario.customSystems.length,
    act,
    remove,
    notice,
    unhighlight,
  });
  useDropToOpen(!embed, replaceScenario, onSystemsDropped, areaEditing.openAreaText);
  const exportActions = useHeldElement(
    held !== null,
    <ExportActions scene={scene} shown={shown} basemap={osm.basemap} act={act} notice={notice} />,
  );
  const summary = useHeldElement(
    held !== null,
    <PanelBoundary name="The map's text summary">
      <RingsSummary
        sites={scenario.sites}
        systems={shown}
        units={scenario.units}
        areas={scenario.areas}
        marks={scenario.marks}
        places={places}
      />
    </PanelBoundary>,
  );
  // a new launch point holds the whole panel; a tick or a unit its lists (its boxes follow the input at once)
  const sidePanel = useHeldElement(
    held === 'panel',
    <PanelBoundary name="The side panel">
      <LazySidePanel
        ready={firstPainted}
        open={panelOpen}
        scenario={scenario}
        entries={entries}
        shown={shown}
        places={places}
        placesProblem={placesProblem}
        probe={probe}
        probeName={probeName}
        highlights={highlights}
        addOnClick={addOnClick}
        act={osm.actByReader}
        actMapFirst={actMapFirst}
        held={held}
        onProbe={showProbe}
        onAddOnClick={(on) => (on ? clickTo('add') : setAddOnClick(false))}
        markOnClick={marks.markOnClick}
        onMarkOnClick={(on) => (on ? clickTo('mark') : marks.setMarkOnClick(false))}
        onAddMark={marks.onAddMark}
        onRemoveMark={marks.onRemoveMark}
        onNeedPlaces={requestPlaces}
        onAddPlace={addPlace}
        onRemoveSite={onRemoveSite}
        onRemoveArea={onRemoveArea}
        areaEditing={areaEditing.panel}
        onLoadSystems={loadSystems}
        onRemoveSystem={onRemoveSystem}
        onResetSystems={onResetSystems}
        onReplaceScenario={replaceScenario}
      />
    </PanelBoundary>,
  );

  return (
    <div
      className={`app theme-${scenario.theme}${embed ? ' embed' : ''}${embed && embedOptions.controls ? ' embed-controls' : ''}`}
    >
      {showPanel && panelOpen && (
        <a className="skip-link" href="#side-panel">
          Skip to the controls
        </a>
      )}
      <AppHeader
        title={scenario.title}
        embed={embed}
        projection={scenario.projection ?? 'map'}
        onProjection={(projection) => act((s) => setProjection(s, projection))}
        exportActions={exportActions}
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen((o) => !o)}
      />
      <main className="app-main">
        <div className={`map-wrap ${addOnClick || marks.markOnClick || areaEditing.picking ? 'adding' : ''}`}>
          <Notices notices={notices} onDismiss={dismiss} />
          <WithHighlight highlights={highlights} shown={shown}>
            {(highlightedId) => (
              <MainView
                scene={scene}
                basemap={osm.basemap}
                highlightedId={highlightedId}
                fitRequest={fitRequest}
                embed={embed}
                marks={marks.layer}
                areaEditing={areaEditing.map}
                onHighlight={highlights.point}
                onMapClick={onMapClick}
                onMoveSite={onMoveSite}
                onRemoveSite={onRemoveSite}
                act={act}
                notice={notice}
              />
            )}
          </WithHighlight>
          {osm.asking && <OsmConsentPrompt onLoad={osm.load} onKeepOffline={osm.keepOffline} />}
          <button type="button" className="fit-button" onClick={fitAll}>
            Fit rings
          </button>
          {embed && !embedOptions.controls && (
            <EmbedLegend
              systems={shown}
              units={scenario.units}
              areas={scenario.areas?.map(areaName)}
              // the rings fitted to the map the legend now leaves uncovered, unless a view was set
              onFold={scenario.view === null ? requestFit : undefined}
            />
          )}
          {embed && !embedOptions.controls && probe && (
            <EmbedProbe
              probe={probe}
              name={probeName}
              sites={scenario.sites}
              systems={shown}
              units={scenario.units}
              onClose={closeProbe}
            />
          )}
          {firstPainted && summary}
        </div>
        {showPanel && sidePanel}
      </main>
    </div>
  );
}
