// Reads web origins (scheme, host, port) from what a host page author writes or what the browser reports.
// Only http(s) origins with a plain host name or IP are accepted: no paths, credentials or wildcards.

const ORIGIN_TEXT = /^https?:\/\/[^/?#@\s\\]+\/?$/i;
const PLAIN_HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])$/;

/**
 * The origin an author wrote, normalised as the browser writes `MessageEvent.origin`, or null if it is not
 * an http(s) origin. A trailing '/' is tolerated; a path, query, user name or wildcard is not.
 *
 * @example
 * parseOrigin('https://News.example.org/'); // 'https://news.example.org'
 * parseOrigin('https://example.org:443');   // 'https://example.org'
 * parseOrigin('https://*.example.org');     // null
 * parseOrigin('https://example.org/story'); // null
 */
export function parseOrigin(text: string): string | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  if (!ORIGIN_TEXT.test(trimmed)) return null;
  return originOfUrl(trimmed);
}

/**
 * The origin of any http(s) URL (a page address such as `document.referrer`), or null.
 *
 * @example
 * originOfUrl('https://example.org/2025/story.html?x=1'); // 'https://example.org'
 * originOfUrl('');                                        // null
 * originOfUrl('file:///tmp/page.html');                   // null
 */
export function originOfUrl(text: string): string | null {
  if (typeof text !== 'string' || text === '') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!PLAIN_HOST.test(url.hostname)) return null;
  return url.origin;
}
