// Adds a system typed in the page with what a systems file can say of it: range (in its unit), the published
// band, type, note and source. Ranges are read by the data layer's parser, so "1,600", "995 mi" or "860 nmi"
// all work; a band that does not hold the range is refused with the field named, and nothing typed is cleared.
import { type FormEvent, useId, useRef, useState } from 'react';
import { parseRangeKm } from '../data';
import { type CustomSystemInput, type DistanceUnit, MAX_NOTE_LENGTH } from '../scenario';
import './customSystemForm.css';

interface Props {
  units: DistanceUnit;
  onAdd: (system: CustomSystemInput) => void;
}

type Field = 'name' | 'range' | 'min' | 'max';

export function CustomSystemForm({ units, onAdd }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const [range, setRange] = useState('');
  const [unit, setUnit] = useState<DistanceUnit>(units);
  const [min, setMin] = useState('');
  const [max, setMax] = useState('');
  const [type, setType] = useState('');
  const [note, setNote] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<{ field: Field; text: string } | null>(null);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});

  // A bare number is in the unit chosen beside the range; a text may name its own ("995 mi").
  const withUnit = (text: string) => (/[a-z]/i.test(text) ? text.trim() : `${text.trim()} ${unit}`);

  function refuse(field: Field, text: string) {
    setError({ field, text });
    inputs.current[field]?.focus();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return refuse('name', 'Give the system a name.');
    const parsed = parseRangeKm(withUnit(range));
    if ('error' in parsed) return refuse('range', `Range: ${parsed.error}`);
    // The map draws a band between its two ends: one end alone would be kept but shown nowhere.
    if ((min.trim() === '') !== (max.trim() === ''))
      return refuse(
        min.trim() === '' ? 'min' : 'max',
        `${min.trim() === '' ? 'Shortest' : 'Longest'} range: give both ends of the band, or neither.`,
      );
    const band: { rangeMinKm?: number; rangeMaxKm?: number } = {};
    for (const [field, text, label] of [
      ['min', min, 'Shortest range'],
      ['max', max, 'Longest range'],
    ] as const) {
      if (text.trim() === '') continue;
      const bound = parseRangeKm(withUnit(text));
      if ('error' in bound) return refuse(field, `${label}: ${bound.error.replace(/^range /, '')}`);
      band[field === 'min' ? 'rangeMinKm' : 'rangeMaxKm'] = bound.km;
    }
    // As the file loader checks a band: it holds the range, or it says nothing about it.
    if (band.rangeMinKm !== undefined && band.rangeMinKm > parsed.km)
      return refuse('min', `Shortest range (${withUnit(min)}) is above the range (${withUnit(range)}).`);
    if (band.rangeMaxKm !== undefined && band.rangeMaxKm < parsed.km)
      return refuse('max', `Longest range (${withUnit(max)}) is below the range (${withUnit(range)}).`);
    setError(null);
    const texts = { type: type.trim(), note: note.trim(), source: source.trim() };
    onAdd({
      name: trimmed,
      rangeKm: parsed.km,
      ...band,
      ...Object.fromEntries(Object.entries(texts).filter(([, text]) => text !== '')),
    });
    for (const clear of [setName, setRange, setMin, setMax, setType, setNote, setSource]) clear('');
  }

  // Each field that can be refused says so to assistive technology, and points to the reason.
  const invalid = (field: Field) =>
    error?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
  const keep = (field: Field) => (el: HTMLInputElement | null) => {
    inputs.current[field] = el;
  };
  const field = (which: Field) => ({ inputRef: keep(which), invalid: invalid(which) });

  return (
    <form className="custom-system" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Add a system</h3>
      <div className="row">
        <label className="grow">
          <span>Name</span>
          <input
            ref={keep('name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={80}
            required
            {...invalid('name')}
          />
        </label>
      </div>
      <div className="row">
        <RangeField label="Range" value={range} onChange={setRange} required {...field('range')} />
        <label>
          <span>Unit</span>
          <select value={unit} onChange={(e) => setUnit(e.target.value as DistanceUnit)}>
            <option value="km">km</option>
            <option value="mi">mi</option>
            <option value="nmi">nmi</option>
          </select>
        </label>
      </div>
      <fieldset className="row band" aria-describedby={`${id}-band`}>
        <legend>Published band (optional)</legend>
        <RangeField label="Shortest range" value={min} onChange={setMin} {...field('min')} />
        <RangeField label="Longest range" value={max} onChange={setMax} {...field('max')} />
      </fieldset>
      <p id={`${id}-band`} className="hint">
        Both ends, where sources differ; drawn dashed around the ring. In the range’s unit.
      </p>
      <div className="row">
        <label className="grow">
          <span>Type (optional)</span>
          <input value={type} onChange={(e) => setType(e.target.value)} maxLength={MAX_NOTE_LENGTH} />
        </label>
      </div>
      <div className="row">
        <label className="grow">
          <span>Note (optional)</span>
          <textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={MAX_NOTE_LENGTH}
            rows={2}
          />
        </label>
      </div>
      <div className="row">
        <label className="grow">
          <span>Source (optional)</span>
          <input value={source} onChange={(e) => setSource(e.target.value)} maxLength={200} />
        </label>
      </div>
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error.text}
        </p>
      )}
      <button type="submit">Add system</button>
    </form>
  );
}

interface RangeFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  required?: boolean;
  inputRef: (el: HTMLInputElement | null) => void;
  /** aria-invalid and the error's id, while this field is the one refused */
  invalid: object;
}

/** A distance typed as text ("1,600", "995 mi"), read by the data layer's parser when the form is sent. */
function RangeField({ label, value, onChange, required, inputRef, invalid }: RangeFieldProps) {
  return (
    <label className="grow">
      <span>{label}</span>
      <input
        ref={inputRef}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        inputMode="decimal"
        required={required}
        {...invalid}
      />
    </label>
  );
}
