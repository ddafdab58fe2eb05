// A horizontal bar chart of the shown systems' ranges, longest first, with each published band as a whisker.
// D3 does the maths (chartScale.ts) and React owns every SVG node, so it renders, and is tested, without a DOM.
import { type KeyboardEvent, type PointerEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DistanceUnit, OnHighlight } from '../scenario';
import { type BarEvent, highlightAfter } from './chartHighlight';
import { CHART_LAYOUT, type ChartSystem, chartAxis, chartRows, chartSummary } from './chartScale';
import './comparisonChart.css';

interface Props {
  systems: ChartSystem[];
  units: DistanceUnit;
  colorOf: (id: string) => string;
  highlightedId: string | null;
  onHighlight: OnHighlight;
  /** Used until the container has been measured (and on the server); 320 px when absent. */
  width?: number;
  /** For numbers; the reader's locale when absent. */
  locale?: string;
}

const DEFAULT_WIDTH_PX = 320;
/** A focus this soon after a pointer went down or up came from that pointer, not from the keyboard. */
const POINTER_FOCUS_MS = 1000;

export function ComparisonChart({
  systems,
  units,
  colorOf,
  highlightedId,
  onHighlight,
  width,
  locale,
}: Props) {
  const [figureRef, measuredPx] = useContainerWidth<HTMLElement>();
  const rows = useMemo(() => chartRows(systems, units, locale), [systems, units, locale]);
  // The pointer that pressed last and when it last went down or up, read by focus and click to tell a tap
  // from a keyboard or a mouse. A time, not a flag: after a tap, Chrome focuses on the compatibility
  // mousedown that comes after pointerup.
  const pressed = useRef({ pointerType: '', atMs: Number.NEGATIVE_INFINITY });
  const caption = `Range, in ${units}`;
  const { margin, rowHeightPx, labelBaselinePx, barTopPx, barHeightPx, minWidthPx } = CHART_LAYOUT;
  const widthPx = Math.max(minWidthPx, measuredPx ?? width ?? DEFAULT_WIDTH_PX);
  const innerWidthPx = widthPx - margin.left - margin.right;
  // the axis and the summary change with the systems, the unit and the width, not with a highlight
  const axis = useMemo(
    () => (rows.length === 0 ? null : chartAxis(rows, innerWidthPx, units, locale)),
    [rows, innerWidthPx, units, locale],
  );
  const summary = useMemo(() => chartSummary(rows, units), [rows, units]);

  if (!axis) {
    return (
      <figure ref={figureRef} className="comparison-chart is-empty">
        <figcaption>{caption}</figcaption>
        <p className="empty">No systems to compare.</p>
      </figure>
    );
  }

  const rowsHeightPx = rows.length * rowHeightPx;
  const heightPx = margin.top + rowsHeightPx + margin.bottom;
  const { scale, ticks } = axis;
  const barMidPx = barTopPx + barHeightPx / 2;
  const capPx = barHeightPx / 2 + 3;

  // A highlight from elsewhere (a system not in this chart) dims nothing here.
  const highlighting = rows.some((r) => r.id === highlightedId);

  function apply(event: BarEvent, id: string) {
    const next = highlightAfter(event, id, highlightedId);
    if (next === undefined) return;
    // told even when the same system is highlighted already: from the chart now, a ring's mouseout after the
    // pointer came onto its bar leaves it; leaving or blurring a bar takes off the chart's own highlight only
    const goingOff = event.kind === 'pointerleave' || event.kind === 'blur';
    onHighlight(next, next !== null || goingOff ? 'chart' : undefined);
  }

  return (
    <figure ref={figureRef} className="comparison-chart">
      <figcaption>{caption}</figcaption>
      {/* A group, not an img: an img's children are hidden from assistive technology, and the bars are controls. */}
      {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset> */}
      <svg
        role="group"
        aria-label={summary}
        width={widthPx}
        height={heightPx}
        viewBox={`0 0 ${widthPx} ${heightPx}`}
      >
        <g transform={`translate(${margin.left},${margin.top})`}>
          <g className="grid">
            {ticks.map((t) => (
              <line key={t.value} x1={round(t.x)} x2={round(t.x)} y1={0} y2={rowsHeightPx} />
            ))}
          </g>
          {rows.map((row, i) => {
            const state = !highlighting ? '' : highlightedId === row.id ? ' is-highlighted' : ' is-dimmed';
            const [lowPx, highPx] = row.band
              ? [round(scale(row.band[0])), round(scale(row.band[1]))]
              : [0, 0];
            return (
              // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; a <g> with role="button" is the way.
              <g
                key={row.id}
                className={`bar-row${state}`}
                data-system={row.id}
                transform={`translate(0,${i * rowHeightPx})`}
                role="button"
                tabIndex={0}
                aria-label={row.ariaLabel}
                aria-pressed={highlightedId === row.id}
                onPointerEnter={(e: PointerEvent) =>
                  apply({ kind: 'pointerenter', pointerType: e.pointerType }, row.id)
                }
                onPointerLeave={(e: PointerEvent) =>
                  apply({ kind: 'pointerleave', pointerType: e.pointerType }, row.id)
                }
                onPointerDown={(e: PointerEvent) => {
                  pressed.current = { pointerType: e.pointerType, atMs: e.timeStamp };
                }}
                onPointerUp={(e: PointerEvent) => {
                  pressed.current.atMs = e.timeStamp;
                }}
                onPointerCancel={() => {
                  pressed.current = { pointerType: '', atMs: Number.NEGATIVE_INFINITY };
                }}
                onFocus={(e) => {
                  const fromPointer = e.timeStamp - pressed.current.atMs < POINTER_FOCUS_MS;
                  apply({ kind: 'focus', fromPointer }, row.id);
                }}
                onBlur={() => apply({ kind: 'blur' }, row.id)}
                onClick={() => {
                  apply({ kind: 'click', pointerType: pressed.current.pointerType }, row.id);
                  pressed.current = { pointerType: '', atMs: Number.NEGATIVE_INFINITY };
                }}
                onKeyDown={(e: KeyboardEvent) => {
                  // Space would scroll the page otherwise.
                  if (e.key === ' ' || e.key === 'Enter') e.preventDefault();
                  apply({ kind: 'keydown', key: e.key }, row.id);
                }}
              >
                <rect className="hit" x={-3} y={0} width={innerWidthPx + 6} height={rowHeightPx - 2} rx={4} />
                <text className="label" x={0} y={labelBaselinePx}>
                  {/* A real space, so the visible text reads "Name about 300 km", as the accessible name starts. */}
                  <tspan className="name">{row.name}</tspan>{' '}
                  <tspan className="value" dx="0.2em">
                    {row.valueLabel}
                  </tspan>
                </text>
                <rect
                  className="bar"
                  x={0}
                  y={barTopPx}
                  width={round(scale(row.value))}
                  height={barHeightPx}
                  fill={colorOf(row.id)}
                />
                {row.band && (
                  // The caps reach past the bar's edges, so the band shows even where its line crosses a dark bar.
                  <path
                    className="band"
                    d={`M${lowPx},${barMidPx}H${highPx}M${lowPx},${barMidPx - capPx}V${barMidPx + capPx}M${highPx},${barMidPx - capPx}V${barMidPx + capPx}`}
                  />
                )}
              </g>
            );
          })}
          {/* The numbers are in every bar's label already. Biome takes any <g> for focusable, biomejs/biome#7716. */}
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> without tabIndex is not focusable */}
          <g className="axis" transform={`translate(0,${rowsHeightPx})`} aria-hidden="true">
            <line className="baseline" x1={0} x2={innerWidthPx} y1={0} y2={0} />
            {ticks.map((t, i) => (
              <text
                key={t.value}
                x={round(t.x)}
                y={16}
                textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
              >
                {t.label}
              </text>
            ))}
          </g>
        </g>
      </svg>
    </figure>
  );
}

// Tenths of a pixel: sharper lines and shorter markup than full float precision.
function round(px: number): number {
  return Math.round(px * 10) / 10;
}

/** The element's content width, followed with a ResizeObserver; null until measured (and on the server). */
function useContainerWidth<T extends Element>() {
  const ref = useRef<T>(null);
  const [widthPx, setWidthPx] = useState<number | null>(null);
  useLayoutEffect(function followContainerWidth() {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      // Whole pixels, so sub-pixel jitter does not re-render the chart on every layout.
      if (measured) setWidthPx(Math.floor(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, widthPx] as const;
}
