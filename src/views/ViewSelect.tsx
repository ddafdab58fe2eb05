// The header's "View" control: the Web Mercator map, the globe or the distance map, each a view of one scenario.
import { useId } from 'react';
import type { Projection } from '../scenario';

const OPTIONS: { value: Projection; label: string }[] = [
  { value: 'map', label: 'Map' },
  { value: 'globe', label: 'Globe' },
  { value: 'distance', label: 'Distance map' },
];

export function ViewSelect({
  value,
  onChange,
}: {
  value: Projection;
  onChange: (projection: Projection) => void;
}) {
  const id = useId();
  return (
    <span className="view-select">
      <label htmlFor={id}>View</label>{' '}
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = OPTIONS.find((o) => o.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
