// Wiring only: the one Scenario and the state of the moment (highlight, probed point), the map and panels.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { WeaponSystem } from '../data';
import { EmbedDialog, EmbedLegend, readEmbedOptions, useEmbedBridge } from '../embed';
import { PngExportButton } from '../export';
import type { LonLat } from '../geo';
import { FrameMap, RangeMap, type RingSystem, useAfterFirstPaint } from '../map';
import { RingsSummary } from '../panels';
import {
  addCustomSystem,
  addSite,
  formatDistance,
  moveSite,
  removeCustomSystemUndoably,
  removeSiteUndoably,
  type Scenario,
  setBasemap,
  setView,
} from '../scenario';
import { DATA_IDS, DEFAULT_SYSTEMS } from './loadDefaultSystems';
import { type Notice, Notices } from './Notices';
import { PanelBoundary } from './PanelBoundary';
import { systemEntries } from './systemEntries';
import { useDropToOpen } from './useDropToOpen';
import { usePlaces } from './usePlaces';
import { useScenario } from './useScenario';
import { type Notify, useUndo } from './useUndo';

const SidePanel = lazy(() => import('./SidePanel'));

export function App() {
  const data = DEFAULT_SYSTEMS.systems;
  const { scenario, update, startProblems, storageRefused } = useScenario(DATA_IDS);
  const [embedOptions] = useState(() => readEmbedOptions(window.location.search));
  const embed = embedOptions.embed;
  const showPanel = !embed || embedOptions.controls;
  const [notices, setNotices] = useState<Notice[]>(() => [
    ...DEFAULT_SYSTEMS.problems
      .filter((p) => p.severity === 'error')
      .map((p, i) => ({ id: `data-${i}`, message: p.message })),
    ...(startProblems.length
      ? [
          {
            id: 'start',
            message: `Some of the link was ignored: ${startProblems.map((p) => p.message).join('; ')}`,
          },
        ]
      : []),
  ]);
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  const [probe, setProbe] = useState<LonLat | null>(null);
  const [addOnClick, setAddOnClick] = useState(false);
  const [fitRequest, setFitRequest] = useState(0);
  const [panelOpen, setPanelOpen] = useState(true);
  const { places, request: requestPlaces } = usePlaces(showPanel);
  // The panel and the text summary follow the first rings by two frames, so building them (and the first
  // Intl.NumberFormat) never delays them.
  const firstPainted = useAfterFirstPaint();

  const entries = useMemo(() => systemEntries(data, scenario.customSystems), [data, scenario.customSystems]);
  const shown = useMemo(
    () => entries.filter((e) => scenario.systemIds.includes(e.id)),
    [entries, scenario.systemIds],
  );
  // a highlight whose system went away (removed while hovered) highlights nothing
  const highlighted =
    highlightedId !== null && shown.some((e) => e.id === highlightedId) ? highlightedId : null;
  const ringSystems: RingSystem[] = useMemo(
    () =>
      shown.map((e) => ({
        systemId: e.id,
        name: e.name,
        rangeKm: e.rangeKm,
        color: e.color,
        ...(e.rangeMinKm !== undefined ? { rangeMinKm: e.rangeMinKm } : {}),
        ...(e.rangeMaxKm !== undefined ? { rangeMaxKm: e.rangeMaxKm } : {}),
      })),
    [shown],
  );

  const act = useCallback((change: (s: Scenario) => Scenario) => update(change), [update]);
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
  const notice: Notify = useCallback((id, message, action) => {
    setNotices((ns) => [
      ...ns.filter((n) => n.id !== id),
      ...(message ? [{ id, message, ...(action ? { action } : {}) }] : []),
    ]);
  }, []);
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
  const onMoveSite = useCallback((id: string, lonLat: LonLat) => act((s) => moveSite(s, id, lonLat)), [act]);
  const { remove, replace } = useUndo(scenario, update, notice, (back) => {
    setHighlightedId(null);
    if (back.view === null) setFitRequest((n) => n + 1);
  });
  const onRemoveSite = useCallback((id: string) => remove((s) => removeSiteUndoably(s, id)), [remove]);
  const onRemoveSystem = useCallback(
    (id: string) => {
      setHighlightedId(null); // the pointer was on the row that goes away
      remove((s) => removeCustomSystemUndoably(s, id));
    },
    [remove],
  );
  const replaceScenario = useCallback(
    (next: Scenario | null, problems: string[], from?: string) => {
      if (!next)
        return notice('open', `The file could not be opened; the map is unchanged. ${problems.join('; ')}`);
      replace(next, `Opened ${from ?? 'the map'}.`);
      if (next.view === null) setFitRequest((n) => n + 1);
      notice('open', problems.length ? `Opened, with what was ignored: ${problems.join('; ')}` : null);
    },
    [replace, notice],
  );
  useDropToOpen(!embed, replaceScenario);
  const onMapClick = useCallback(
    (lonLat: LonLat) => {
      if (addOnClick) {
        act((s) => addSite(s, lonLat));
        setAddOnClick(false);
      } else {
        setProbe(lonLat);
      }
    },
    [act, addOnClick],
  );
  const labelOf = useCallback(
    (system: RingSystem) => `${system.name} · ${formatDistance(system.rangeKm, scenario.units)}`,
    [scenario.units],
  );
  const loadSystems = useCallback(
    (systems: WeaponSystem[], fileName: string) =>
      act((s) =>
        systems.reduce((acc, system) => {
          const src = system.sources[0];
          const source = src ? [src.publisher, src.title, src.date].filter(Boolean).join(', ') : fileName;
          return addCustomSystem(acc, { name: system.name, rangeKm: system.rangeKm, source }, DATA_IDS);
        }, s),
      ),
    [act],
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
      <header className="app-header">
        <div className="header-title">
          <h1>{scenario.title}</h1>
          <p className="subtitle">
            Exact range rings on the WGS84 ellipsoid. Ranges are approximate, as published; click the map to
            measure.
          </p>
        </div>
        {!embed && (
          <div className="header-actions">
            <PanelBoundary name="Export PNG and Embed">
              <PngExportButton
                getMapContainer={() => document.querySelector<HTMLElement>('.range-map')}
                scenario={scenario}
                systems={shown}
                basemap={scenario.basemap}
                onNeedOfflineBasemap={async () => act((s) => setBasemap(s, 'offline'))}
                onNotice={(message) => notice('png-export', message)}
                renderFrameMap={(frame) => (
                  <FrameMap
                    {...frame}
                    sites={scenario.sites}
                    systems={ringSystems}
                    theme={scenario.theme}
                    basemap={scenario.basemap}
                    probe={probe}
                    labelOf={labelOf}
                  />
                )}
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
        <div className={`map-wrap ${addOnClick ? 'adding' : ''}`}>
          <Notices notices={notices} onDismiss={(id) => setNotices((ns) => ns.filter((n) => n.id !== id))} />
          <PanelBoundary name="The map">
            <RangeMap
              sites={scenario.sites}
              systems={ringSystems}
              view={scenario.view}
              theme={scenario.theme}
              basemap={scenario.basemap}
              highlightedId={highlighted}
              probe={probe}
              fitRequest={fitRequest}
              animate={!prefersReducedMotion()}
              scrollWheelZoom={!embed}
              labelOf={labelOf}
              onHighlight={setHighlightedId}
              onMapClick={onMapClick}
              onMoveSite={onMoveSite}
              onRemoveSite={onRemoveSite}
              onViewChange={(view) => act((s) => setView(s, view))}
              onNotice={(message) => notice('basemap', message)}
            />
          </PanelBoundary>
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
          {embed && !embedOptions.controls && <EmbedLegend systems={shown} units={scenario.units} />}
          {firstPainted && (
            <PanelBoundary name="The map's text summary">
              <RingsSummary sites={scenario.sites} systems={shown} units={scenario.units} />
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
                  probe={probe}
                  highlightedId={highlighted}
                  addOnClick={addOnClick}
                  act={act}
                  onProbe={setProbe}
                  onHighlight={setHighlightedId}
                  onAddOnClick={setAddOnClick}
                  onNeedPlaces={requestPlaces}
                  onRemoveSite={onRemoveSite}
                  onLoadSystems={loadSystems}
                  onRemoveSystem={onRemoveSystem}
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
