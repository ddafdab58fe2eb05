// Public names of the panels (no Leaflet here).

export { CentrePicker } from './CentrePicker';
export { CommitTextInput } from './CommitTextInput';
export { ComparisonChart } from './ComparisonChart';
export { CustomSystemForm } from './CustomSystemForm';
export type { ChartSystem } from './chartScale';
export { describeFileLoad } from './describeFileLoad';
export { InReachPanel } from './InReachPanel';
export type { AreaEditingActions } from './LaunchAreasPanel';
export { LaunchAreasPanel } from './LaunchAreasPanel';
export type { MarksPanelProps } from './MarksPanel';
export { MarksPanel } from './MarksPanel';
export { ProbePanel } from './ProbePanel';
export { RingsSummary, ringsSummaryText } from './RingsSummary';
export { SitesPanel } from './SitesPanel';
export { SystemSwatch } from './SystemSwatch';
export { SystemsFileLoader } from './SystemsFileLoader';
export { SystemsPanel } from './SystemsPanel';
export type { SystemEntry } from './systemEntry';
