// Loads a systems file (JSON or CSV) picked or dropped by the user, through the data layer's parser:
// the problems are listed with their line and field, the good records load, nothing set is lost.
import { type DragEvent, useState } from 'react';
import { type Problem, parseSystems, type WeaponSystem } from '../data';

interface Props {
  onLoad: (systems: WeaponSystem[], fileName: string) => void;
  onReset: () => void;
}

const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function SystemsFileLoader({ onLoad, onReset }: Props) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  async function read(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      setSummary(`${file.name}: the file is ${Math.round(file.size / 1e6)} MB; the limit is 20 MB.`);
      setProblems([]);
      return;
    }
    const text = await file.text();
    const result = parseSystems(text, { fileName: file.name });
    setProblems(result.problems);
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - errors;
    setSummary(
      `${file.name}: ${result.systems.length} system${result.systems.length === 1 ? '' : 's'} loaded` +
        (errors ? `, ${errors} error${errors === 1 ? '' : 's'}` : '') +
        (warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '') +
        '.',
    );
    if (result.systems.length > 0) onLoad(result.systems, file.name);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void read(file);
  }

  return (
    <section className="file-loader" aria-label="Load a systems file">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file button inside does the same by keyboard */}
      <div
        className={`drop-zone ${dragging ? 'dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="file-button">
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void read(file);
              e.target.value = '';
            }}
          />
          <span>Load systems file…</span>
        </label>
        <span className="hint"> or drop a JSON or CSV file here</span>
      </div>
      {summary && (
        <div className="file-report" role="status">
          <p>{summary}</p>
          {problems.length > 0 && (
            <ul className="problems">
              {problems.slice(0, 50).map((p, i) => (
                <li key={i} className={p.severity}>
                  {p.message}
                </li>
              ))}
              {problems.length > 50 && <li>… and {problems.length - 50} more</li>}
            </ul>
          )}
        </div>
      )}
      <button type="button" className="link-button" onClick={onReset}>
        Back to the default data
      </button>
    </section>
  );
}
