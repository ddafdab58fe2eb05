// Loads a systems file (JSON or CSV) picked or dropped by the user, through the data layer's parser, off the
// main thread with progress shown: the problems are listed with their line and field, the good records load
// (as many as the map holds), nothing set is lost.
import { type DragEvent, useEffect, useRef, useState } from 'react';
import type { Problem, WeaponSystem } from '../data';
import { MAX_CUSTOM_SYSTEMS } from '../scenario';
import { describeFileLoad } from './describeFileLoad';
import { parseSystemsOffThread } from './parseSystemsOffThread';

interface Props {
  /** Gets the systems to add: the first ones read, no more than the map has room for. */
  onLoad: (systems: WeaponSystem[], fileName: string) => void;
  onReset: () => void;
  /** Custom systems already on the map, so the loader passes only what fits and says so. */
  customSystemCount?: number;
}

const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Problems listed one by one; the rest are counted, so a file with 50,000 problems builds 50 list items. */
export const PROBLEMS_SHOWN = 50;

interface Reading {
  fileName: string;
  /** Percent done, or null until the parser has said how much there is. */
  percent: number | null;
}

interface Report {
  summary: string;
  problems: Problem[];
  moreProblems: number;
}

export function SystemsFileLoader({ onLoad, onReset, customSystemCount = 0 }: Props) {
  const [report, setReport] = useState<Report | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [dragging, setDragging] = useState(false);
  const current = useRef<AbortController | null>(null);
  // read when the parse ends, which may be after other systems were added
  const customCount = useRef(customSystemCount);
  customCount.current = customSystemCount;

  useEffect(function stopReadingOnUnmount() {
    return () => current.current?.abort();
  }, []);

  async function read(file: File) {
    current.current?.abort();
    current.current = null;
    if (file.size > MAX_FILE_BYTES) {
      setReading(null);
      setReport({
        summary: `${file.name}: the file is ${Math.round(file.size / 1e6)} MB; the limit is 20 MB.`,
        problems: [],
        moreProblems: 0,
      });
      return;
    }
    const controller = new AbortController();
    current.current = controller;
    setReport(null);
    setReading({ fileName: file.name, percent: null });
    let shownPercent: number | null = null;
    try {
      const summary = await parseSystemsOffThread(file, {
        keepSystems: MAX_CUSTOM_SYSTEMS,
        keepProblems: PROBLEMS_SHOWN,
        signal: controller.signal,
        onProgress({ done, total }) {
          const percent = total > 0 ? Math.floor((100 * done) / total) : 0;
          if (percent === shownPercent) return; // one render per percent, not per slice
          shownPercent = percent;
          setReading({ fileName: file.name, percent });
        },
      });
      const customBefore = customCount.current;
      const added = summary.systems.slice(0, Math.max(0, MAX_CUSTOM_SYSTEMS - customBefore));
      setReading(null);
      setReport({
        summary: describeFileLoad({
          fileName: file.name,
          systemCount: summary.systemCount,
          errorCount: summary.errorCount,
          warningCount: summary.warningCount,
          addedCount: added.length,
          customBefore,
          maxCustom: MAX_CUSTOM_SYSTEMS,
        }),
        problems: summary.problems,
        moreProblems: summary.errorCount + summary.warningCount - summary.problems.length,
      });
      if (added.length > 0) onLoad(added, file.name);
    } catch (thrown) {
      if (controller.signal.aborted && current.current !== controller) return; // another file took over
      setReading(null);
      const why = controller.signal.aborted
        ? 'reading stopped; nothing was added.'
        : `could not be read (${String(thrown)}).`;
      setReport({ summary: `${file.name}: ${why}`, problems: [], moreProblems: 0 });
    }
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
      {reading && (
        <div className="file-progress">
          <progress
            aria-label={`Reading ${reading.fileName}`}
            max={100}
            {...(reading.percent === null ? {} : { value: reading.percent })}
          />
          <span>
            Reading {reading.fileName}…{reading.percent === null ? '' : ` ${reading.percent} %`}
          </span>
          <button type="button" className="link-button" onClick={() => current.current?.abort()}>
            Stop
          </button>
        </div>
      )}
      {/* mounted before any report, so that screen readers announce the report when it comes */}
      <div className={report ? 'file-report' : undefined} role="status">
        {report && (
          <>
            <p>{report.summary}</p>
            {report.problems.length > 0 && (
              <ul className="problems">
                {report.problems.map((p, i) => (
                  <li key={i} className={p.severity}>
                    {p.message}
                  </li>
                ))}
                {report.moreProblems > 0 && (
                  <li className="more">… and {report.moreProblems.toLocaleString('en-US')} more</li>
                )}
              </ul>
            )}
          </>
        )}
      </div>
      <button type="button" className="link-button" onClick={onReset}>
        Back to the default data
      </button>
    </section>
  );
}
