// One box to find a launch point: a place name from the offline gazetteer (every town, by any name it lists),
// or coordinates in decimal degrees or degrees–minutes–seconds. An ARIA combobox: arrows choose, Enter adds,
// Escape closes. The option Enter would add is told as it changes, so that its rings can be made ahead.
import { useEffect, useId, useMemo, useState } from 'react';
import { findPlaces, looksLikeCoordinates, type Place, parseCoordinates } from '../data';
import type { LonLat } from '../geo';
import { formatLonLat } from '../scenario';
import { useAllPlaces } from './useAllPlaces';

/** A place's name has a letter; coordinates need none (a hemisphere letter or NaN loads the towns, harmlessly). */
const HAS_LETTER = /\p{L}/u;

interface Props {
  /** The major places, while every town is still loading. */
  places: Place[] | null;
  /** Where the user is looking (the view's centre, the launch points): nearer places come first. */
  near: readonly LonLat[];
  /** Why the place names are missing, shown instead of "Loading places…"; typing again retries. */
  placesProblem?: string | null;
  /** A picked place gives its name as label; typed coordinates give none. */
  onPick: (lonLat: LonLat, label?: string) => void;
  onNeedPlaces: () => void;
  /** Hears where Enter would add a point, as the choice changes (null: nowhere, the list is closed). */
  onConsider?: (lonLat: LonLat | null) => void;
  /** The field's label, when it finds something else than a launch point. */
  label?: string;
  placeholder?: string;
}

interface Option {
  key: string;
  label: string;
  detail: string;
  lonLat: LonLat;
  name?: string;
}

export function PlaceSearch({
  places: majorPlaces,
  near,
  placesProblem = null,
  onPick,
  onNeedPlaces,
  onConsider,
  label = 'Find a place or type coordinates',
  placeholder = 'Kharkiv, or 49°59′N 36°14′E',
}: Props) {
  const id = useId();
  const all = useAllPlaces();
  const places = all.index ?? majorPlaces;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);

  const { options, hint } = useMemo(() => {
    const q = query.trim();
    if (!q) return { options: [] as Option[], hint: null };
    const coords = parseCoordinates(q);
    if ('lonLat' in coords) {
      return {
        options: [
          { key: 'coords', label: formatLonLat(coords.lonLat), detail: 'coordinates', lonLat: coords.lonLat },
        ],
        hint: null,
      };
    }
    // "NaN, NaN" is broken coordinates, not the start of "Nanyang": say what is wrong with them.
    if (looksLikeCoordinates(q)) return { options: [], hint: coords.error };
    if (!places) return { options: [], hint: placesProblem ?? 'Loading places…' };
    const found = findPlaces(places, q, 8, { near }).map(({ place: p, otherName }, i) => ({
      key: `${p.name}-${p.iso2}-${i}`,
      label: `${p.name}, ${p.country}`,
      detail: placeDetail(p, otherName),
      lonLat: p.lonLat,
      name: p.name,
    }));
    const looksNumeric = /\d/.test(q);
    const loadingRest = !all.index && !all.failed;
    return {
      options: found,
      hint: found.length
        ? null
        : looksNumeric
          ? coords.error
          : loadingRest
            ? 'Looking through every town…'
            : `No place called “${q}” in the gazetteer.`,
    };
  }, [query, places, near, placesProblem, all.index, all.failed]);

  function pick(option: Option | undefined) {
    if (!option) return;
    onPick(option.lonLat, option.name);
    setQuery('');
    setOpen(false);
    setActive(0);
  }

  const listId = `${id}-list`;
  const expanded = open && options.length > 0;
  const considered = expanded ? options[active]?.lonLat : undefined;
  const [consideredLon, consideredLat] = considered ?? [];
  useEffect(
    function tellWhereEnterWouldAdd() {
      if (!onConsider || consideredLon === undefined || consideredLat === undefined) return;
      onConsider([consideredLon, consideredLat]);
      return () => onConsider(null);
    },
    [onConsider, consideredLon, consideredLat],
  );
  return (
    <div className="place-search">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        placeholder={placeholder}
        value={query}
        autoComplete="off"
        onFocus={onNeedPlaces}
        onChange={(e) => {
          // every town only for a name: coordinates typed ("47.5 31") never need its 770 KB or its indexing
          if (HAS_LETTER.test(e.target.value)) all.request();
          setQuery(e.target.value);
          setOpen(true);
          if (!places) onNeedPlaces(); // after a failed load, each key tries again
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick(options[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <div id={listId} role="listbox" className="options" hidden={!expanded} aria-label="Matching places">
        {options.map((o, i) => (
          // biome-ignore lint/a11y/useFocusableInteractive: the ARIA combobox pattern: focus stays in the input, options are chosen with aria-activedescendant
          <div
            key={o.key}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : ''}
            onPointerDown={(e) => {
              e.preventDefault(); // keep focus in the input
              pick(o);
            }}
          >
            <span className="label">{o.label}</span> <span className="detail">{o.detail}</span>
          </div>
        ))}
      </div>
      {hint && query.trim() && (
        <p className="hint" role="status">
          {hint}
        </p>
      )}
    </div>
  );
}

// "capital · 2,963,199 people", and the other name it was found by: "also “Kiev” · capital · …".
function placeDetail(place: Place, otherName: string | undefined): string {
  return [
    otherName ? `also “${otherName}”` : '',
    place.capital ? 'capital' : '',
    place.population > 0 ? `${place.population.toLocaleString('en')} people` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
