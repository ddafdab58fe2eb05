// What the export dialog is doing, spoken politely: the rendering's progress, then what came of it.

interface PngExportStatusProps {
  busy: boolean;
  /** The rendering's progress, 0 to 100. */
  percent: number;
  /** What came of the last export ("Saved …", "Export failed: …"). */
  status: string;
}

/**
 * The dialog's live status line.
 *
 * @example
 * <PngExportStatus busy={false} percent={0} status="Saved how-far-they-reach-social-1200x675@2x.png." />
 */
export function PngExportStatus({ busy, percent, status }: PngExportStatusProps) {
  return (
    <div className="png-export-status" role="status" aria-live="polite">
      {busy ? (
        <>
          <progress max={100} value={percent} aria-label="Rendering the image" />
          <span>Rendering the image… {percent} %</span>
        </>
      ) : (
        status
      )}
    </div>
  );
}
