// Wiring only: the one Scenario and the state of the moment (highlight, probed point), the map and panels.
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { ParseResult, WeaponSystem } from '../data';
import {
  EmbedDialog,
  EmbedLegend,
  EmbedProbe,
  isEmbedPage,
  readEmbedOptions,
  useEmbedBridge,
  useRefitOnResize,
} from '../embed';
import { PngExportButton } from '../export';
import type { LonLat } from '../geo';
import { FrameMap, RangeMap, type RingSystem, useAfterFirstPaint } from '../map';
import { describeFileLoad, RingsSummary } from '../panels';
import {
  addCustomSystem,
  addSite,
  areaName,
  customSystemFrom,
  formatRange,
  MAX_CUSTOM_SYSTEMS,
  removeAreaUndoably,
  removeCustomSystemsUndoably,
  removeCustomSystemUndoably,
  removeSiteUndoably,
  resetSystems,
  type Scenario,
  setBasemap,
  setProjection,
  setView,
  summariseProblems,
} from '../scenario';
import { ViewSelect } from '../views';
import { lazyPart } from './lazyPart';
import { LazyTrueShapeFrame, LazyTrueShapeView } from './lazyTrueShape';
import { DATA_IDS, DEFAULT_SYSTEMS } from './loadDefaultSystems';
import { type Notice, Notices } from './Notices';
import { OsmConsentPrompt } from './OsmConsentPrompt';
import { PanelBoundary } from './PanelBoundary';
import { SUBTITLE } from './pageShell';
import { ringSystemOf } from './ringSystemOf';
import { systemEntries } from './systemEntries';
import { useAreaEditing } from './useAreaEditing';
import { useDropToOpen } from './useDropToOpen';
import { useEscapeKey } from './useEscapeKey';
import { useMarks } from './useMarks';
import { useOsmConsent } from './useOsmConsent';
import { usePlacePoints } from './usePlacePoints';
import { usePlaces } from './usePlaces';
import { useScenario } from './useScenario';
import { useServiceWorker } from './useServiceWorker';
import { useStorageNotices } from './useStorageNotices';
import { type Notify, useUndo } from './useUndo';

// Its own chunk; offline before the app was cached, the boundary around it says so and offers "Try again".
const SidePanel = lazyPart(
  'the side panel',
  () => import('./SidePanel'),
  ({ open }) => <aside className={`side-panel ${open ? 'open' : 'closed'}`} aria-busy="true" />,
);
/** Problems of a dropped systems file named in its notice; the rest are counted. */
const DROPPED_PROBLEMS_SHOWN = 5;

export function App() {
  const data = DEFAULT_SYSTEMS.systems;
  const [embedOptions] = useState(() => readEmbedOptions(window.location.search, isEmbedPage()));
  const embed = embedOptions.embed;
  const { scenario, update, startProblems, storageRefused, ...stored } = useScenario(DATA_IDS, {
    storage: !embed,
  });
  const showPanel = !embed || embedOptions.controls;
  const [notices, setNotices] = useState<Notice[]>(() => [
    ...DEFAULT_SYSTEMS.problems
      .filter((p) => p.severity === 'error')
      .map((p, i) => ({ id: `data-${i}`, message: p.message })),
    ...(startProblems.length
      ? [
          {
            id: 'start',
            message: `Some of the link was ignored: ${summariseProblems(startProblems)}`,
          },
        ]
      : []),
  ]);
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  const [probe, setProbe] = useState<LonLat | null>(null);
  const [probeName, setProbeName] = useState<string | null>(null);
  const showProbe = useCallback((lonLat: LonLat | null, name?: string) => {
    setProbe(lonLat);
    setProbeName(name ?? null);
  }, []);
  const [addOnClick, setAddOnClick] = useState(false);
  const [fitRequest, setFitRequest] = useState(0);
  const [panelOpen, setPanelOpen] = useState(true);
  const { places, problem: placesProblem, request: requestPlaces } = usePlaces(showPanel);
  // The panel and the text summary follow the first rings by two frames, so building them (and the first
  // Intl.NumberFormat) never delays them.
  const firstPainted = useAfterFirstPaint();

  const entries = useMemo(
    () => systemEntries(data, scenario.customSystems, scenario.colors),
    [data, scenario.customSystems, scenario.colors],
  );
  const shown = useMemo(
    () => entries.filter((e) => scenario.systemIds.includes(e.id)),
    [entries, scenario.systemIds],
  );
  // a highlight whose system went away (removed while hovered) highlights nothing
  const highlighted =
    highlightedId !== null && shown.some((e) => e.id === highlightedId) ? highlightedId : null;
  const ringSystems: RingSystem[] = useMemo(() => shown.map(ringSystemOf), [shown]);

  const act = useCallback((change: (s: Scenario) => Scenario) => update(change), [update]);
  // OpenStreetMap's tiles only once the reader agreed, whoever asked for them
  const osm = useOsmConsent(scenario, act, embed);
  const fromHost = useCallback(
    (next: Scenario) => {
      update(() => next);
      // a scenario without a view fits its rings, as it does when a link opens
      if (next.view === null) setFitRequest((n) => n + 1);
    },
    [update],
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
  useRefitOnResize(embed && scenario.view === null, () => setFitRequest((n) => n + 1));
  const notice: Notify = useCallback((id, message, action) => {
    setNotices((ns) => [
      ...ns.filter((n) => n.id !== id),
      ...(message ? [{ id, message, ...(action ? { action } : {}) }] : []),
    ]);
  }, []);
  useServiceWorker(notice);
  useEffect(
    function sayStorageRefused() {
      if (storageRefused)
        notice(
          'storage',
          'This browser would not keep the map (its storage is full or blocked). Nothing is lost: the address bar holds the whole map; bookmark or copy the link.',
        );
    },
    [storageRefused, notice],
  );
  const { onAddPlace, onMoveSite } = usePlacePoints(scenario, act);
  const closeProbe = useCallback(() => setProbe(null), []);
  const { remove, replace } = useUndo(scenario, update, notice, (back) => {
    setHighlightedId(null);
    if (back.view === null) setFitRequest((n) => n + 1);
  });
  useStorageNotices({ ...stored, notify: notice, replace });
  const onRemoveSite = useCallback((id: string) => remove((s) => removeSiteUndoably(s, id)), [remove]);
  const marks = useMarks({ scenario, act, remove, showProbe });
  const onRemoveArea = useCallback((code: string) => remove((s) => removeAreaUndoably(s, code)), [remove]);
  const onRemoveSystem = useCallback(
    (id: string) => {
      setHighlightedId(null); // the pointer was on the row that goes away
      remove((s) => removeCustomSystemUndoably(s, id));
    },
    [remove],
  );
  const onResetSystems = useCallback(() => {
    setHighlightedId(null);
    // with no systems of the user's own there is nothing to undo; it still shows the data's systems if none is
    if (scenario.customSystems.length === 0) act((s) => resetSystems(s, DATA_IDS));
    else remove((s) => removeCustomSystemsUndoably(s, DATA_IDS));
  }, [act, remove, scenario.customSystems.length]);
  const replaceScenario = useCallback(
    (next: Scenario | null, problems: string[], from?: string) => {
      const said = summariseProblems(problems.map((message) => ({ field: 'file', message })));
      if (!next) return notice('open', `The file could not be opened; the map is unchanged. ${said}`);
      replace(next, `Opened ${from ?? 'the map'}.`);
      if (next.view === null) setFitRequest((n) => n + 1);
      notice('open', problems.length ? `Opened, with what was ignored: ${said}` : null);
    },
    [replace, notice],
  );
  const fitAll = useCallback(() => {
    act((s) => setView(s, null));
    setFitRequest((n) => n + 1);
  }, [act]);
  const areaNotice = useCallback((message: string | null) => notice('area-file', message), [notice]);
  const areaEditing = useAreaEditing(scenario, act, areaNotice, fitAll, () => {
    setAddOnClick(false);
    marks.setMarkOnClick(false);
  });
  const onMapClick = useCallback(
    (lonLat: LonLat) => {
      if (areaEditing.takeMapClick(lonLat)) return;
      if (addOnClick) {
        act((s) => addSite(s, lonLat));
        setAddOnClick(false);
      } else if (marks.markOnClick) {
        marks.markAt(lonLat);
      } else {
        showProbe(lonLat);
      }
    },
    [act, addOnClick, showProbe, marks.markOnClick, marks.markAt, areaEditing.takeMapClick],
  );
  useEscapeKey(addOnClick, () => setAddOnClick(false));
  const labelOf = useCallback(
    (system: RingSystem) => {
      const entry = entries.find((e) => e.id === system.systemId);
      return `${system.name} · ${formatRange(entry ?? system, scenario.units)}`;
    },
    [scenario.units, entries],
  );
  const loadSystems = useCallback(
    (systems: WeaponSystem[], fileName: string) =>
      act((s) =>
        systems.reduce(
          (acc, system) => addCustomSystem(acc, customSystemFrom(system, fileName), DATA_IDS),
          s,
        ),
      ),
    [act],
  );
  // A systems file dropped anywhere loads as it does in "Add or load systems"; the report is a notice.
  const customCount = scenario.customSystems.length;
  const onSystemsDropped = useCallback(
    (parsed: ParseResult, fileName: string) => {
      const added = parsed.systems.slice(0, Math.max(0, MAX_CUSTOM_SYSTEMS - customCount));
      if (added.length > 0) loadSystems(added, fileName);
      const counts = {
        fileName,
        systemCount: parsed.systems.length,
        errorCount: parsed.problems.filter((p) => p.severity === 'error').length,
        warningCount: parsed.problems.filter((p) => p.severity === 'warning').length,
        addedCount: added.length,
        customBefore: customCount,
        maxCustom: MAX_CUSTOM_SYSTEMS,
      };
      const shown = parsed.problems.slice(0, DROPPED_PROBLEMS_SHOWN).map((p) => p.message);
      const more = parsed.problems.length - shown.length;
      notice(
        'open',
        [describeFileLoad(counts), ...shown, ...(more > 0 ? [`… and ${more} more`] : [])].join(' · '),
      );
    },
    [loadSystems, notice, customCount],
  );
  useDropToOpen(!embed, replaceScenario, onSystemsDropped, areaEditing.openAreaText);

  return (
    <div
      className={`app theme-${scenario.theme}${embed ? ' embed' : ''}${embed && embedOptions.controls ? ' embed-controls' : ''}`}
    >
      {showPanel && panelOpen && (
        <a className="skip-link" href="#side-panel">
          Skip to the controls
        </a>
      )}
      <header className="app-header">
        <div className="header-title">
          {/* isolated: a right-to-left title cannot reorder the header around it; an empty title stays :empty */}
          <h1>{scenario.title && <bdi>{scenario.title}</bdi>}</h1>
          <p className="subtitle">{SUBTITLE}</p>
        </div>
        {!embed && (
          <div className="header-actions">
            <ViewSelect
              value={scenario.projection ?? 'map'}
              onChange={(projection) => act((s) => setProjection(s, projection))}
            />
            <PanelBoundary name="Export PNG and Embed">
              <PngExportButton
                getMapContainer={() => document.querySelector<HTMLElement>('.range-map, .projected-view')}
                scenario={scenario}
                systems={shown}
                basemap={osm.basemap}
                onNeedOfflineBasemap={async () => act((s) => setBasemap(s, 'offline'))}
                onNotice={(message) => notice('png-export', message)}
                onEdit={act}
                renderFrameMap={(frame) =>
                  scenario.projection === 'globe' || scenario.projection === 'distance' ? (
                    <LazyTrueShapeFrame
                      {...frame}
                      projection={scenario.projection}
                      sites={scenario.sites}
                      systems={ringSystems}
                      {...(scenario.marks ? { marks: scenario.marks } : {})}
                      {...(scenario.centreSiteId ? { centreSiteId: scenario.centreSiteId } : {})}
                      view={scenario.view}
                      theme={scenario.theme}
                      unit={scenario.units}
                      {...(scenario.areas ? { areas: scenario.areas } : {})}
                      highlightedId={null}
                      probe={probe}
                      probeName={probeName}
                      labelOf={labelOf}
                    />
                  ) : (
                    <FrameMap
                      {...frame}
                      sites={scenario.sites}
                      areas={scenario.areas}
                      marks={scenario.marks}
                      systems={ringSystems}
                      theme={scenario.theme}
                      basemap={osm.basemap}
                      probe={probe}
                      probeName={probeName}
                      labelOf={labelOf}
                    />
                  )
                }
              />
              <EmbedDialog
                scenario={scenario}
                appUrl={`${window.location.origin}${window.location.pathname}`}
              />
            </PanelBoundary>
            <button
              type="button"
              className="panel-toggle"
              aria-expanded={panelOpen}
              aria-controls="side-panel"
              onClick={() => setPanelOpen((o) => !o)}
            >
              {panelOpen ? 'Hide panel' : 'Show panel'}
            </button>
          </div>
        )}
      </header>
      <main className="app-main">
        <div className={`map-wrap ${addOnClick || marks.markOnClick || areaEditing.picking ? 'adding' : ''}`}>
          <Notices notices={notices} onDismiss={(id) => setNotices((ns) => ns.filter((n) => n.id !== id))} />
          <PanelBoundary name="The map">
            {scenario.projection === 'globe' || scenario.projection === 'distance' ? (
              <LazyTrueShapeView
                projection={scenario.projection}
                sites={scenario.sites}
                systems={ringSystems}
                {...(scenario.marks ? { marks: scenario.marks } : {})}
                {...(scenario.centreSiteId ? { centreSiteId: scenario.centreSiteId } : {})}
                view={scenario.view}
                theme={scenario.theme}
                unit={scenario.units}
                {...(scenario.areas ? { areas: scenario.areas } : {})}
                highlightedId={highlighted}
                probe={probe}
                probeName={probeName}
                fitRequest={fitRequest}
                animate={!prefersReducedMotion()}
                wheelZoom={!embed}
                labelOf={labelOf}
                onMapClick={onMapClick}
                onViewChange={(view) => act((s) => setView(s, view))}
              />
            ) : (
              <RangeMap
                sites={scenario.sites}
                systems={ringSystems}
                areas={scenario.areas}
                marks={marks.layer}
                view={scenario.view}
                theme={scenario.theme}
                basemap={osm.basemap}
                highlightedId={highlighted}
                probe={probe}
                probeName={probeName}
                fitRequest={fitRequest}
                animate={!prefersReducedMotion()}
                scrollWheelZoom={!embed}
                labelOf={labelOf}
                onHighlight={setHighlightedId}
                onMapClick={onMapClick}
                areaEditing={areaEditing.map}
                onMoveSite={onMoveSite}
                onRemoveSite={onRemoveSite}
                onViewChange={(view) => act((s) => setView(s, view))}
                onNotice={(message) => notice('basemap', message)}
              />
            )}
          </PanelBoundary>
          {osm.asking && <OsmConsentPrompt onLoad={osm.load} onKeepOffline={osm.keepOffline} />}
          <button
            type="button"
            className="fit-button"
            onClick={() => {
              act((s) => setView(s, null));
              setFitRequest((n) => n + 1);
            }}
          >
            Fit rings
          </button>
          {embed && !embedOptions.controls && (
            <EmbedLegend systems={shown} units={scenario.units} areas={scenario.areas?.map(areaName)} />
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
          {firstPainted && (
            <PanelBoundary name="The map's text summary">
              <RingsSummary
                sites={scenario.sites}
                systems={shown}
                units={scenario.units}
                areas={scenario.areas}
                marks={scenario.marks}
                places={places}
              />
            </PanelBoundary>
          )}
        </div>
        {showPanel && (
          <PanelBoundary name="The side panel">
            <Suspense
              fallback={<aside className={`side-panel ${panelOpen ? 'open' : 'closed'}`} aria-busy="true" />}
            >
              {firstPainted ? (
                <SidePanel
                  open={panelOpen}
                  scenario={scenario}
                  entries={entries}
                  shown={shown}
                  places={places}
                  placesProblem={placesProblem}
                  probe={probe}
                  probeName={probeName}
                  highlightedId={highlighted}
                  addOnClick={addOnClick}
                  act={osm.actByReader}
                  onProbe={showProbe}
                  onHighlight={setHighlightedId}
                  onAddOnClick={(on) => {
                    setAddOnClick(on);
                    if (on) marks.setMarkOnClick(false);
                    if (on) areaEditing.stopPicking();
                  }}
                  markOnClick={marks.markOnClick}
                  onMarkOnClick={(on) => {
                    marks.setMarkOnClick(on);
                    if (on) setAddOnClick(false);
                    if (on) areaEditing.stopPicking();
                  }}
                  onAddMark={marks.onAddMark}
                  onRemoveMark={marks.onRemoveMark}
                  onNeedPlaces={requestPlaces}
                  onAddPlace={onAddPlace}
                  onRemoveSite={onRemoveSite}
                  onRemoveArea={onRemoveArea}
                  areaEditing={areaEditing.panel}
                  onLoadSystems={loadSystems}
                  onRemoveSystem={onRemoveSystem}
                  onResetSystems={onResetSystems}
                  onReplaceScenario={replaceScenario}
                />
              ) : (
                <aside className={`side-panel ${panelOpen ? 'open' : 'closed'}`} aria-busy="true" />
              )}
            </Suspense>
          </PanelBoundary>
        )}
      </main>
    </div>
  );
}

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
