// The words around the exported map, edited in the export dialog: title, subtitle, credit and note. Each field
// writes to the scenario when the editor is done with it (Enter or leaving it), so typing keeps its spaces.
import { useId } from 'react';
import { CommitTextInput } from '../panels';
import {
  MAX_TITLE_LENGTH,
  type Scenario,
  setTitle,
  setWord,
  WORD_LENGTHS,
  type WordField,
} from '../scenario';
import { DEFAULT_NOTE } from './pngContent';

export interface PngWordsFieldsProps {
  scenario: Scenario;
  onEdit: (change: (s: Scenario) => Scenario) => void;
}

const WORDS: readonly { field: WordField; label: string; placeholder: string }[] = [
  { field: 'subtitle', label: 'Subtitle', placeholder: 'e.g. Ranges as published, October 2025' },
  { field: 'credit', label: 'Credit', placeholder: 'e.g. Jane Doe / The Daily' },
  { field: 'note', label: 'Note', placeholder: DEFAULT_NOTE },
];

/**
 * @example
 * <PngWordsFields scenario={scenario} onEdit={act} />
 */
export function PngWordsFields({ scenario, onEdit }: PngWordsFieldsProps) {
  const id = useId();
  return (
    <fieldset className="png-export-words">
      <legend>Words on the image</legend>
      <label className="png-export-field" htmlFor={`${id}-title`}>
        Title
        <CommitTextInput
          id={`${id}-title`}
          dir="auto"
          value={scenario.title}
          maxLength={MAX_TITLE_LENGTH}
          onCommit={(title) => onEdit((s) => setTitle(s, title))}
        />
      </label>
      {WORDS.map(({ field, label, placeholder }) => (
        <label key={field} className="png-export-field" htmlFor={`${id}-${field}`}>
          {label} (optional)
          <CommitTextInput
            id={`${id}-${field}`}
            dir="auto"
            value={scenario[field] ?? ''}
            maxLength={WORD_LENGTHS[field]}
            placeholder={placeholder}
            onCommit={(text) => onEdit((s) => setWord(s, field, text))}
          />
        </label>
      ))}
    </fieldset>
  );
}
