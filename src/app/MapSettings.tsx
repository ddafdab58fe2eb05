// The side panel's settings: the map's title, its theme and its basemap.
import { CommitTextInput } from '../panels';
import { type Scenario, setBasemap, setTheme, setTitle } from '../scenario';

interface Props {
  scenario: Scenario;
  act: (change: (s: Scenario) => Scenario) => void;
}

export function MapSettings({ scenario, act }: Props) {
  return (
    <details className="panel-section settings">
      <summary>Title, theme and basemap</summary>
      <label htmlFor="title-input">
        <span>Title</span>
        <CommitTextInput
          id="title-input"
          dir="auto"
          value={scenario.title}
          maxLength={120}
          onCommit={(title) => act((s) => setTitle(s, title))}
        />
      </label>
      <label>
        <span>Theme</span>
        <select
          value={scenario.theme}
          onChange={(e) => act((s) => setTheme(s, e.target.value === 'dark' ? 'dark' : 'light'))}
        >
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <label>
        <span>Basemap</span>
        <select
          value={scenario.basemap}
          onChange={(e) => act((s) => setBasemap(s, e.target.value === 'osm' ? 'osm' : 'offline'))}
        >
          <option value="offline">Offline map (Natural Earth)</option>
          <option value="osm">OpenStreetMap (online)</option>
        </select>
      </label>
    </details>
  );
}
