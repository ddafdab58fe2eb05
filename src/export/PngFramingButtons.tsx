// The export preview's framing: fit the rings, take the map as it is on screen, or zoom the frame a little.

interface PngFramingButtonsProps {
  onFit: () => void;
  onMatchScreen: () => void;
  /** Zooms the frame's map by this many levels (a quarter, in or out). */
  onZoom: (levels: number) => void;
}

/**
 * The buttons under the preview that nudge its frame.
 *
 * @example
 * <PngFramingButtons onFit={fit} onMatchScreen={matchScreen} onZoom={(levels) => frameMap.zoomBy(levels)} />
 */
export function PngFramingButtons({ onFit, onMatchScreen, onZoom }: PngFramingButtonsProps) {
  return (
    <div className="png-export-framing">
      <button type="button" onClick={onFit}>
        Fit the rings
      </button>
      <button type="button" onClick={onMatchScreen}>
        Use the map as it is
      </button>
      <button type="button" aria-label="Zoom in" onClick={() => onZoom(0.25)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" onClick={() => onZoom(-0.25)}>
        −
      </button>
    </div>
  );
}
