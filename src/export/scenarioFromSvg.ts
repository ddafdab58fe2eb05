// Reads back the scenario an SVG exported by the app keeps in its <metadata> (svgExport), so a dropped SVG reopens
// as a live map. Pure: a pattern over the text, not an XML parser, so a hostile file costs one linear scan.
import { SVG_SCENARIO_NAMESPACE } from './svgExport';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Whether `text` is an SVG document (what an editor may put before the root included).
 *
 * @example
 * isSvgText('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'); // true
 * isSvgText('{"format":"range-rings-scenario"}'); // false
 */
export function isSvgText(text: string): boolean {
  const head = text
    .replace(/^\ufeff/, '')
    .trimStart()
    .slice(0, 4096);
  return head.startsWith('<') && /<svg[\s>]/.test(head);
}

/**
 * The scenario file text kept in an exported SVG, or null when the SVG holds none. The element may have been
 * given another prefix by an editor that saved the file again: it is found by its namespace or its name.
 *
 * @example
 * scenarioFromSvg(svgExport({ …, scenarioText: scenarioFile(s) })); // scenarioFile(s)
 * scenarioFromSvg('<svg xmlns="http://www.w3.org/2000/svg"/>');   // null
 */
export function scenarioFromSvg(text: string): string | null {
  // found with indexOf and patterns of bounded length: a hostile 50 MB file of unclosed tags stays one pass
  const open = /<metadata\b[^<>]{0,1000}>/i.exec(text);
  if (!open) return null;
  const start = open.index + open[0].length;
  const end = text.indexOf('</metadata>', start);
  if (end < 0) return null;
  const metadata = text.slice(start, end);
  const element = /<((?:[\w.-]{1,64}:)?scenario)\b([^<>]{0,1000})>/.exec(metadata);
  if (!element) return null;
  const [opening, name, attributes] = element as unknown as [string, string, string];
  if (!name.includes(':') && !attributes.includes(SVG_SCENARIO_NAMESPACE)) return null;
  const bodyStart = element.index + opening.length;
  const close = metadata.indexOf(`</${name}>`, bodyStart);
  if (close < 0) return null;
  const body = metadata.slice(bodyStart, close);
  const trimmed = body.trim();
  const cdata = trimmed.startsWith('<![CDATA[') && trimmed.endsWith(']]>');
  return cdata ? trimmed.slice(9, -3) : unescapeXml(body);
}
