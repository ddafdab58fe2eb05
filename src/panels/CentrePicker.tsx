// The distance map's centre: a select of the launch points, the one distances are true from. Shown only with
// the distance map; with no launch point it says where the map is centred instead.
import { useId } from 'react';
import './centrePicker.css';
import { distanceMapCentre, type Scenario } from '../scenario';

interface Props {
  scenario: Scenario;
  onPick: (siteId: string) => void;
}

export function CentrePicker({ scenario, onPick }: Props) {
  const selectId = useId();
  const centre = distanceMapCentre(scenario);
  return (
    <section className="panel-section centre-picker" aria-labelledby={`${selectId}-heading`}>
      <h2 id={`${selectId}-heading`}>Distance map</h2>
      {scenario.sites.length > 0 ? (
        <>
          <label htmlFor={selectId}>Centre</label>
          <select id={selectId} value={centre.siteId} onChange={(event) => onPick(event.target.value)}>
            {scenario.sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.label}
              </option>
            ))}
          </select>
          <p className="hint">Distances and directions from {centre.label} are true; others are not.</p>
        </>
      ) : (
        <p className="hint">{centre.message}</p>
      )}
    </section>
  );
}
