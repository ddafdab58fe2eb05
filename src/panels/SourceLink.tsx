// A system's first source as a short citation, linked where it has a URL; text only.
import type { Source } from '../data';

export function SourceLink({ source }: { source: Source | undefined }) {
  if (!source) return <span className="source missing">no source</span>;
  const text = [source.publisher, source.date].filter(Boolean).join(', ') || source.title || 'source';
  return (
    <span className="source">
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
          {text}
        </a>
      ) : (
        <span title={source.title}>{text}</span>
      )}
    </span>
  );
}
