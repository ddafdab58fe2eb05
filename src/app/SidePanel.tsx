// The side panel: launch points, systems, comparison, what lies in reach, settings. Loaded as its own
// chunk after the map, so the first rings are painted before any of this is parsed or rendered. While a change
// the map shows first is held (useMapFirst), the lists keep what they showed; the systems list, its boxes, the
// unit and a name typed in the launch points' or marks' list follow the reader's input at once.
import type { ReactNode } from 'react';
import type { Place, WeaponSystem } from '../data';
import { PLACES_ATTRIBUTION } from '../data';
import { ExportMenu, readScenarioFile } from '../export';
import type { LonLat } from '../geo';
import { makeRingsAhead } from '../map';
import {
  type AreaEditingActions,
  CentrePicker,
  ComparisonChart,
  CustomSystemForm,
  InReachPanel,
  LaunchAreasPanel,
  MarksPanel,
  ProbePanel,
  SitesPanel,
  type SystemEntry,
  SystemsFileLoader,
  SystemsPanel,
} from '../panels';
import {
  addCountryArea,
  addCustomSystem,
  addSite,
  renameMark,
  renameSite,
  type Scenario,
  setCentreSite,
  setSystemColor,
  setUnits,
  setView,
  toggleSystem,
} from '../scenario';
import type { HighlightStore } from './highlightStore';
import { DATA_IDS } from './loadDefaultSystems';
import { MapSettings } from './MapSettings';
import { PanelBoundary } from './PanelBoundary';
import { type Held, useHeldElement } from './useMapFirst';
import { WithHighlight } from './WithHighlight';

export interface SidePanelProps {
  /** A scenario opened from a file replaces the current one; what was ignored is reported. */
  onReplaceScenario: (next: Scenario | null, problems: string[], fileName: string) => void;
  /** The PNG export button, built by the app (it needs the map). */
  pngSlot?: ReactNode;
  open: boolean;
  scenario: Scenario;
  entries: SystemEntry[];
  shown: SystemEntry[];
  places: Place[] | null;
  /** Why the place names are missing (they could not be loaded), if they are. */
  placesProblem?: string | null;
  probe: LonLat | null;
  /** The probed point's name, when it is a place picked from the in-reach list. */
  probeName: string | null;
  /** The system highlighted, read by the systems list and the chart only. */
  highlights: HighlightStore;
  addOnClick: boolean;
  act: (change: (s: Scenario) => Scenario) => void;
  /** A change the map shows first (a tick, the unit; 'names': a rename): the lists follow its painted frame. */
  actMapFirst: (change: (s: Scenario) => Scenario, hold?: 'lists' | 'names') => void;
  /** From a change the map shows first until its frame is painted, what keeps what it showed (useMapFirst). */
  held: Held;
  /** Shows a point on the map and its distances; `name` labels a place picked from a list. */
  onProbe: (lonLat: LonLat | null, name?: string) => void;
  onAddOnClick: (on: boolean) => void;
  onNeedPlaces: () => void;
  /** Adds a launch point found by the search (a place's name as label, or none for coordinates). */
  onAddPlace: (lonLat: LonLat, label?: string) => void;
  onRemoveSite: (id: string) => void;
  /** Whether the next click on the map places a mark, and switching it. */
  markOnClick: boolean;
  onMarkOnClick: (on: boolean) => void;
  onAddMark: (lonLat: LonLat, label?: string) => void;
  onRemoveMark: (id: string) => void;
  onRemoveArea: (key: string) => void;
  /** Drawing, editing and opening lines and areas. */
  areaEditing?: AreaEditingActions;
  /** Removes a system of the user's own (undoably). */
  onRemoveSystem: (id: string) => void;
  onLoadSystems: (systems: WeaponSystem[], fileName: string) => void;
  /** "Back to the default data": removes the systems of the user's own (undoably). */
  onResetSystems: () => void;
}

export default function SidePanel(props: SidePanelProps) {
  const { open, scenario, entries, shown, places, probe, highlights, addOnClick, act } = props;
  const { onProbe, onAddOnClick, onNeedPlaces, onRemoveSite, onLoadSystems } = props;
  const openScenario = (text: string, fileName: string, refused?: string) => {
    if (refused) return props.onReplaceScenario(null, [refused], fileName);
    const result = readScenarioFile(text, { systemIds: DATA_IDS }, fileName);
    props.onReplaceScenario(
      result.scenario,
      result.problems.map((p) => p.message),
      fileName,
    );
  };

  const held = props.held !== null;
  // the launch points, marks, areas and the measured point; a name typed in them shows there at once
  const placesLists = useHeldElement(
    props.held === 'lists' || props.held === 'panel',
    <>
      <PanelBoundary name="The measure panel">
        {probe && (
          <ProbePanel
            probe={probe}
            name={props.probeName}
            sites={scenario.sites}
            systems={shown}
            units={scenario.units}
            onAddSite={(lonLat) => {
              // a place picked in "In reach" is added under its name
              if (props.probeName) props.onAddPlace(lonLat, props.probeName);
              else act((s) => addSite(s, lonLat));
              onProbe(null);
            }}
            // a mark clicked on the map is shown here too: it is a mark already
            onKeepAsMark={
              scenario.marks?.some((m) => m.lonLat[0] === probe[0] && m.lonLat[1] === probe[1])
                ? undefined
                : (lonLat) => {
                    props.onAddMark(lonLat, props.probeName ?? undefined);
                    onProbe(null);
                  }
            }
            onClose={() => onProbe(null)}
          />
        )}
      </PanelBoundary>
      {scenario.projection === 'distance' && (
        <PanelBoundary name="The distance map's centre">
          <CentrePicker
            scenario={scenario}
            onPick={(id) => act((s) => setView(setCentreSite(s, id), null))}
          />
        </PanelBoundary>
      )}
      <PanelBoundary name="The launch points">
        <SitesPanel
          sites={scenario.sites}
          view={scenario.view}
          places={places}
          placesProblem={props.placesProblem ?? null}
          addOnClick={addOnClick}
          onAdd={props.onAddPlace}
          onRename={(id, label) => props.actMapFirst((s) => renameSite(s, id, label), 'names')}
          onRemove={onRemoveSite}
          onAddOnClick={onAddOnClick}
          onNeedPlaces={onNeedPlaces}
          onConsider={makeRingsAhead}
        />
      </PanelBoundary>
      <PanelBoundary name="The marks">
        <MarksPanel
          marks={scenario.marks ?? []}
          sites={scenario.sites}
          systems={shown}
          units={scenario.units}
          view={scenario.view}
          places={places}
          placesProblem={props.placesProblem ?? null}
          markOnClick={props.markOnClick}
          onAdd={props.onAddMark}
          onRename={(id, label) => props.actMapFirst((s) => renameMark(s, id, label), 'names')}
          onRemove={props.onRemoveMark}
          onMarkOnClick={props.onMarkOnClick}
          onNeedPlaces={onNeedPlaces}
        />
      </PanelBoundary>
      <PanelBoundary name="The launch areas">
        <LaunchAreasPanel
          areas={scenario.areas ?? []}
          onAdd={(code) => act((s) => addCountryArea(s, code))}
          onRemove={props.onRemoveArea}
          {...props.areaEditing}
        />
      </PanelBoundary>
    </>,
  );
  // the form for a system of one's own (in the unit chosen), the chart and the in-reach lists
  const reachLists = useHeldElement(
    held,
    <>
      <PanelBoundary name="Adding systems">
        <details className="panel-section add-systems">
          <summary>Add or load systems</summary>
          <CustomSystemForm
            units={scenario.units}
            onAdd={(system) => act((s) => addCustomSystem(s, system, DATA_IDS))}
          />
          <SystemsFileLoader
            onLoad={onLoadSystems}
            onReset={props.onResetSystems}
            customSystemCount={scenario.customSystems.length}
          />
        </details>
      </PanelBoundary>
      <PanelBoundary name="The comparison chart">
        <section className="panel-section compare" aria-labelledby="compare-heading">
          <h2 id="compare-heading">Compare</h2>
          <WithHighlight highlights={highlights} shown={shown}>
            {(highlightedId) => (
              <ComparisonChart
                systems={shown}
                units={scenario.units}
                colorOf={(id) => entries.find((e) => e.id === id)?.color ?? '#888'}
                highlightedId={highlightedId}
                onHighlight={highlights.point}
              />
            )}
          </WithHighlight>
        </section>
      </PanelBoundary>
      <PanelBoundary name="The in-reach list">
        <InReachPanel
          sites={scenario.sites}
          areas={scenario.areas}
          systems={shown}
          places={places}
          units={scenario.units}
          onShowPlace={onProbe}
          onKeepAsMark={props.onAddMark}
          attribution={PLACES_ATTRIBUTION}
        />
      </PanelBoundary>
    </>,
  );
  // the exports name the systems shown
  const exportMenu = useHeldElement(
    held,
    <PanelBoundary name="Export and save">
      <section className="panel-section export" aria-labelledby="export-heading">
        <h2 id="export-heading">Export and save</h2>
        <ExportMenu
          scenario={scenario}
          systems={shown}
          onOpenScenario={openScenario}
          pngSlot={props.pngSlot}
        />
      </section>
    </PanelBoundary>,
  );

  return (
    <aside id="side-panel" className={`side-panel ${open ? 'open' : 'closed'}`} aria-label="Controls">
      {placesLists}
      <PanelBoundary name="The systems list">
        <WithHighlight highlights={highlights} shown={shown}>
          {(highlightedId) => (
            <SystemsPanel
              systems={entries}
              shownIds={scenario.systemIds}
              units={scenario.units}
              highlightedId={highlightedId}
              onToggle={(id, on) => props.actMapFirst((s) => toggleSystem(s, id, on))}
              onUnits={(units) => props.actMapFirst((s) => setUnits(s, units))}
              onHighlight={highlights.point}
              onRemoveCustom={props.onRemoveSystem}
              onColor={(id, color) => act((s) => setSystemColor(s, id, color, DATA_IDS))}
            />
          )}
        </WithHighlight>
      </PanelBoundary>
      {reachLists}
      <MapSettings scenario={scenario} act={act} />
      {exportMenu}
    </aside>
  );
}
