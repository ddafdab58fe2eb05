// Fades the labels of the systems a highlight dims (dimmedLabelsCss), by one style sheet scoped to the map's
// element: a constructed sheet, which the page's Content-Security-Policy (style-src 'self') lets the app write,
// where it refuses a <style> element's text.
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { dimmedLabelsCss } from './dimmedLabelsCss';

let maps = 0;

export function DimmedLabels({ highlightedId }: { highlightedId: string | null }) {
  const map = useMap();
  const [scope] = useState(() => String(++maps));
  const [sheet] = useState(() => new CSSStyleSheet());
  useEffect(
    function scopeTheSheetToTheMap() {
      const container = map.getContainer();
      container.dataset.dimmedLabels = scope;
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      return () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        delete container.dataset.dimmedLabels;
      };
    },
    [map, scope, sheet],
  );
  useEffect(
    function writeTheRule() {
      sheet.replaceSync(dimmedLabelsCss(scope, highlightedId));
    },
    [sheet, scope, highlightedId],
  );
  return null;
}
