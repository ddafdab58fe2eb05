// Which entry the page was loaded from: embed.html marks its <html> with data-page="embed", index.html not.
// The embed entry is the one the host serves with headers that allow framing.

/**
 * Whether this document is the embed entry (embed.html).
 *
 * @example
 * isEmbedPage(); // true in embed.html, false in index.html
 */
export function isEmbedPage(): boolean {
  return document.documentElement.dataset.page === 'embed';
}
