// A text field whose text is handed over when the user is done with it (Enter, or leaving the field), never
// on each key: cleaning text on every keystroke (trimming, or refilling an emptied name) fights the typing.
import { type InputHTMLAttributes, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

export interface CommitTextInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange'> {
  /** The committed text, as the scenario holds it (cleaned). Shown whenever the field is not being edited. */
  value: string;
  /** The typed text, as typed; the receiver cleans it (and may turn an empty name into coordinates). */
  onCommit: (text: string) => void;
}

/**
 * An `<input>` that keeps what is typed as a draft, commits it on Enter or blur and reverts it on Escape.
 *
 * @example
 * <CommitTextInput aria-label="Title" value={scenario.title} onCommit={(t) => act((s) => setTitle(s, t))} />
 */
export function CommitTextInput({ value, onCommit, onBlur, onKeyDown, ...rest }: CommitTextInputProps) {
  // null: not being edited, the field shows the committed value (which may change from outside, e.g. undo)
  const [draft, setDraft] = useState<string | null>(null);
  const latest = useRef({ draft, value, onCommit });
  latest.current = { draft, value, onCommit };

  useEffect(
    function commitWhenPageIsLeft() {
      if (draft === null) return;
      // A reload or a closed tab must not lose what is being typed: hand it over first (capture listeners run
      // before the scenario's own "page hidden" write), keeping the draft so that typing can go on.
      const handOver = () => {
        const { draft: text, value: committed, onCommit: commitText } = latest.current;
        if (text !== null && text !== committed) flushSync(() => commitText(text));
      };
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') handOver();
      };
      window.addEventListener('pagehide', handOver, { capture: true });
      document.addEventListener('visibilitychange', onVisibility, { capture: true });
      return () => {
        window.removeEventListener('pagehide', handOver, { capture: true });
        document.removeEventListener('visibilitychange', onVisibility, { capture: true });
      };
    },
    [draft === null],
  );

  function commit() {
    if (draft === null) return;
    setDraft(null);
    if (draft !== value) onCommit(draft);
  }

  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    onKeyDown?.(e);
    if (e.defaultPrevented) return;
    if (e.key === 'Enter') {
      e.preventDefault(); // a field inside a form must not submit it as well
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      // reverting is what Escape does here; it must not also close a dialog or cancel a map mode
      e.preventDefault();
      e.stopPropagation();
      setDraft(null);
    }
  }

  return (
    <input
      {...rest}
      type="text"
      value={draft ?? value}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={onKey}
      onBlur={(e) => {
        commit();
        onBlur?.(e);
      }}
    />
  );
}
