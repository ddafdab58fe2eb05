// The HTML a host page pastes to embed the current map: an iframe of the embed entry (embed.html, the one page
// that may be framed) with the scenario's query, and a small inline loader that sizes the iframe from the
// map's height messages. Host pages are not under our CSP.
import { encodeScenarioUrl, type Scenario } from '../scenario';
import { originOfUrl } from './parseOrigin';

/** The iframe's height until the map reports its own (or for ever, if the host strips scripts). */
export const SNIPPET_HEIGHT_PX = 500;
// A height message above this is a bug or an attack on the host's layout: the loader caps it.
const MAX_HEIGHT_PX = 4000;

/**
 * The map's embedding URL: embed.html beside `appUrl` (the app's page: origin and path), with the
 * scenario's query.
 *
 * @example
 * embedUrl(scenario, 'https://maps.example.org/rings/');
 * // 'https://maps.example.org/rings/embed.html?sites=49.9935,36.2304,Kharkiv&systems=tomahawk,eram,atacms'
 */
export function embedUrl(scenario: Scenario, appUrl: string): string {
  const folder = appUrl.replace(/[?#].*$/s, '').replace(/[^/]*$/, '');
  return `${folder}embed.html?${encodeScenarioUrl(scenario)}`;
}

/**
 * The snippet to paste: the iframe (full width, no border, lazy, titled after the map) and its loader,
 * which finds the iframe as the element before it and accepts height messages from that iframe only.
 * The iframe names its referrer policy, so a host page that sends no referrer still tells the map its origin.
 *
 * @example
 * embedSnippet(scenario, 'https://maps.example.org/rings/');
 * // '<iframe src="https://maps.example.org/rings/embed.html?sites=…" title="Range rings map: How far they reach"
 * //  style="width:100%;border:0" height="500" loading="lazy" referrerpolicy="strict-origin-when-cross-origin">
 * //  </iframe>\n<script>…</script>'
 */
export function embedSnippet(scenario: Scenario, appUrl: string): string {
  const title = scenario.title.trim() ? `Range rings map: ${scenario.title.trim()}` : 'Range rings map';
  const iframe =
    `<iframe src="${escapeAttribute(embedUrl(scenario, appUrl))}" title="${escapeAttribute(title)}"` +
    ` style="width:100%;border:0" height="${SNIPPET_HEIGHT_PX}" loading="lazy"` +
    ' referrerpolicy="strict-origin-when-cross-origin"></iframe>';
  const origin = originOfUrl(appUrl);
  const originCheck = origin ? ` || event.origin !== ${scriptString(origin)}` : '';
  // ES5 and no dependencies: it runs on any host page, in any CMS that keeps scripts.
  const loader = [
    '<script>',
    '(function () {',
    '  var script = document.currentScript;',
    '  var frame = script && script.previousElementSibling;',
    '  if (!frame || frame.tagName !== "IFRAME") return;',
    '  window.addEventListener("message", function (event) {',
    `    if (event.source !== frame.contentWindow${originCheck}) return;`,
    '    var data = event.data;',
    '    if (!data || data.type !== "range-rings:height" || typeof data.height !== "number") return;',
    `    if (data.height > 0) frame.style.height = Math.min(Math.ceil(data.height), ${MAX_HEIGHT_PX}) + "px";`,
    '  });',
    '})();',
    '</script>',
  ].join('\n');
  return `${iframe}\n${loader}`;
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

// A JS string literal that cannot end its <script> element.
function scriptString(text: string): string {
  return JSON.stringify(text).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e');
}
