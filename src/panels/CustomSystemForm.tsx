// Adds a system by name and range, with its unit, in the page; the range is read by the data layer's
// parser, so "1,600", "995 mi" or "860 nmi" all work.
import { type FormEvent, useId, useState } from 'react';
import { parseRangeKm } from '../data';
import type { DistanceUnit } from '../scenario';

interface Props {
  units: DistanceUnit;
  onAdd: (system: { name: string; rangeKm: number; source?: string }) => void;
}

export function CustomSystemForm({ units, onAdd }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const [range, setRange] = useState('');
  const [unit, setUnit] = useState<DistanceUnit>(units);
  const [source, setSource] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Give the system a name.');
    const parsed = parseRangeKm(/[a-z]/i.test(range) ? range : `${range} ${unit}`);
    if ('error' in parsed) return setError(`Range: ${parsed.error}`);
    setError(null);
    onAdd({ name: trimmed, rangeKm: parsed.km, ...(source.trim() ? { source: source.trim() } : {}) });
    setName('');
    setRange('');
    setSource('');
  }

  return (
    <form className="custom-system" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Add a system</h3>
      <div className="row">
        <label>
          <span>Name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required />
        </label>
      </div>
      <div className="row">
        <label className="grow">
          <span>Range</span>
          <input value={range} onChange={(e) => setRange(e.target.value)} inputMode="decimal" required />
        </label>
        <label>
          <span>Unit</span>
          <select value={unit} onChange={(e) => setUnit(e.target.value as DistanceUnit)}>
            <option value="km">km</option>
            <option value="mi">mi</option>
            <option value="nmi">nmi</option>
          </select>
        </label>
      </div>
      <div className="row">
        <label className="grow">
          <span>Source (optional)</span>
          <input value={source} onChange={(e) => setSource(e.target.value)} maxLength={200} />
        </label>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">Add system</button>
    </form>
  );
}
