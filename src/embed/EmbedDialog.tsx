// The "Embed" button and its dialog: the HTML snippet that embeds the current map in another page, with a
// Copy button. It shows the map as it is now; later changes need a new snippet. A view set on the map (a zoom,
// a pan) is left out unless the editor keeps it: an iframe is as wide as each reader's screen, and a view
// framed for the editor's window cuts rings off on a phone, where the embed fits them to its own width.
import { useId, useMemo, useRef, useState } from 'react';
import { fileAreasLeftOut, type Scenario } from '../scenario';
import { embedSnippet } from './embedSnippet';
import './embedDialog.css';

export interface EmbedDialogProps {
  scenario: Scenario;
  /** The app's address without query: `location.origin + location.pathname`. */
  appUrl: string;
}

type CopyState = 'idle' | 'copied' | 'selected';

/**
 * A button that opens a modal dialog (native `<dialog>`: focus stays inside, Escape closes, focus returns
 * to the button) with the embed snippet of the scenario.
 *
 * @example
 * <EmbedDialog scenario={scenario} appUrl={`${location.origin}${location.pathname}`} />
 */
export function EmbedDialog({ scenario, appUrl }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [keepView, setKeepView] = useState(false);
  const id = useId();
  // Made only while open: the scenario changes every frame of a drag.
  // what a link cannot carry (files of lines and areas) is said here, where the map is shared
  const leftOut = fileAreasLeftOut(scenario.areas ?? []);
  const hasView = scenario.view !== null;
  const snippet = useMemo(
    () => (open ? embedSnippet(keepView ? scenario : { ...scenario, view: null }, appUrl) : ''),
    [open, scenario, appUrl, keepView],
  );

  function show() {
    setCopy('idle');
    setKeepView(false); // each opening starts from the fitted embed
    setOpen(true);
    dialog.current?.showModal();
    code.current?.focus();
  }

  function selectCode() {
    code.current?.focus();
    code.current?.select();
  }

  async function copySnippet() {
    try {
      // Missing outside secure contexts, and refused without permission: then the reader copies by hand.
      await navigator.clipboard.writeText(snippet);
      setCopy('copied');
    } catch {
      selectCode();
      setCopy('selected');
    }
  }

  return (
    <div className="embed-dialog-root">
      <button ref={opener} type="button" className="embed-open" aria-haspopup="dialog" onClick={show}>
        Embed
      </button>
      <dialog
        ref={dialog}
        className="embed-dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-about`}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
      >
        <div className="embed-dialog-body">
          <h2 id={`${id}-title`}>Embed this map</h2>
          <p id={`${id}-about`}>
            Paste this HTML into your page. The map shows your launch points, systems and settings
            {keepView ? ' in the view you set,' : ", fits the rings to each reader's screen"} and takes the
            height it needs for its width; your page can change it with postMessage.
          </p>
          {hasView && (
            <label className="embed-keep-view">
              <input
                type="checkbox"
                checked={keepView}
                onChange={(e) => setKeepView(e.currentTarget.checked)}
              />{' '}
              Keep the view you set (zoom {scenario.view?.zoom}) instead: rings may run off narrower screens
            </label>
          )}
          {leftOut.length > 0 && (
            <p className="embed-left-out">
              {`Not in the embedded map: ${leftOut.join(', ')}. A file's lines and areas are too many for a link; save the scenario file to keep them.`}
            </p>
          )}
          <label htmlFor={`${id}-code`}>HTML to paste</label>
          <textarea
            ref={code}
            id={`${id}-code`}
            className="embed-code"
            readOnly
            rows={9}
            spellCheck={false}
            value={snippet}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p className="embed-copy-status" role="status">
            {copy === 'copied' && 'Copied to the clipboard.'}
            {copy === 'selected' && 'Selected: press Ctrl+C (⌘C on a Mac) to copy.'}
          </p>
          <div className="embed-dialog-actions">
            <button type="button" onClick={copySnippet}>
              Copy
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
        </div>
      </dialog>
    </div>
  );
}
