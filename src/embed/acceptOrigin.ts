// The origin policy of the embedded map: whom it listens to and whom it tells about itself. Only the page
// that embeds it (as the browser names it, or by its referrer) and the origins the map's URL allows; never '*'.
import { originOfUrl } from './parseOrigin';

export interface OriginPolicy {
  /** `document.referrer` of the map's page: the embedding page's address (often only its origin). */
  referrer: string;
  /** Origins allowed by the map's URL (`origin=`, `allow=`), already normalised by `readEmbedOptions`. */
  allowedOrigins: readonly string[];
  /**
   * The embedding page's origin as the browser reports it (`location.ancestorOrigins[0]`, Chromium and
   * WebKit): known even when the host page sends no referrer (`referrerpolicy="no-referrer"`).
   */
  ancestorOrigin?: string | null;
}

/**
 * Whether a message from `origin` (a `MessageEvent.origin`) may change the map: it must be the embedding
 * page's origin (its ancestor origin or its referrer's) or an allowed one. Opaque origins ('null': sandboxed
 * frames, files) are never accepted.
 *
 * @example
 * acceptOrigin('https://news.example.org', { referrer: 'https://news.example.org/story', allowedOrigins: [] }); // true
 * acceptOrigin('https://evil.example', { referrer: 'https://news.example.org/', allowedOrigins: [] });       // false
 * acceptOrigin('null', { referrer: '', allowedOrigins: ['null'] });                                         // false
 * acceptOrigin('https://news.example.org', { referrer: '', allowedOrigins: [], ancestorOrigin: 'https://news.example.org' }); // true
 */
export function acceptOrigin(origin: string, policy: OriginPolicy): boolean {
  if (typeof origin !== 'string' || originOfUrl(origin) !== origin) return false;
  return (
    origin === embedderOrigin(policy) ||
    origin === originOfUrl(policy.referrer) ||
    policy.allowedOrigins.includes(origin)
  );
}

// The ancestor origin when the browser reports one, else the referrer's.
function embedderOrigin(policy: OriginPolicy): string | null {
  return originOfUrl(policy.ancestorOrigin ?? '') ?? originOfUrl(policy.referrer);
}

/**
 * The origins the map posts its messages to. When the parent's origin is known (from the browser's
 * `location.ancestorOrigins`, or from a message the parent sent), only that one, and only if accepted;
 * else the embedding page's origin; else, with neither ancestor origin nor referrer, each allowed origin.
 *
 * @example
 * postTargets({ referrer: 'https://news.example.org/', allowedOrigins: ['https://staging.example.org'] });
 * // ['https://news.example.org']
 * postTargets({ referrer: '', allowedOrigins: ['https://a.example'] }, 'https://evil.example');
 * // []
 */
export function postTargets(policy: OriginPolicy, parentOrigin?: string | null): string[] {
  if (parentOrigin) return acceptOrigin(parentOrigin, policy) ? [parentOrigin] : [];
  const embedder = embedderOrigin(policy);
  if (embedder) return [embedder];
  return [...new Set(policy.allowedOrigins.filter((origin) => originOfUrl(origin) === origin))];
}
