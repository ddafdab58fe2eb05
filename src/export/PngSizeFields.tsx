// The export dialog's size and pixel density, and a sentence saying what they make.
import { useId } from 'react';
import { PNG_PIXEL_RATIOS, PNG_SIZES, type PngPixelRatio, type PngSize, pngSizeOption } from './pngSizes';

interface PngSizeFieldsProps {
  size: PngSize;
  ratio: PngPixelRatio;
  onSize: (size: PngSize) => void;
  onRatio: (ratio: PngPixelRatio) => void;
}

/**
 * The size list (a preset or the current view) and the 1×/2×/3× choice.
 *
 * @example
 * <PngSizeFields size={size} ratio={ratio} onSize={setSize} onRatio={setRatio} />
 */
export function PngSizeFields({ size, ratio, onSize, onRatio }: PngSizeFieldsProps) {
  const ids = useId();
  return (
    <>
      <div className="png-export-field">
        <label htmlFor={`${ids}-size`}>Size</label>
        <select id={`${ids}-size`} value={size} onChange={(e) => onSize(e.target.value as PngSize)}>
          {PNG_SIZES.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="png-export-ratio">
        <legend>Pixel density</legend>
        {PNG_PIXEL_RATIOS.map((r) => (
          <label key={r} className={r === ratio ? 'on' : ''}>
            <input
              type="radio"
              name={`${ids}-ratio`}
              value={r}
              checked={r === ratio}
              onChange={() => onRatio(r)}
            />
            {r}×
          </label>
        ))}
      </fieldset>
      <p className="png-export-hint">{sizeText(size, ratio)}</p>
    </>
  );
}

function sizeText(size: PngSize, ratio: PngPixelRatio): string {
  const option = pngSizeOption(size);
  if (option.width === null || option.height === null) {
    const times = ratio === 1 ? 'The' : `${ratio}× the`;
    return `${times} map’s size on screen, with the title above and the legend below.`;
  }
  const times = option.scale * ratio;
  return `${(option.width * times).toLocaleString()} × ${(option.height * times).toLocaleString()} pixels.`;
}
