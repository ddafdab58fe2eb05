// The origin policy: messages are accepted from the embedding page's origin or an allowed one, and the map
// posts only to an accepted origin, never to '*'.
import { describe, expect, it } from 'vitest';
import { acceptOrigin, originOfUrl, parseOrigin, postTargets } from '../../src/embed';

const NEWS = 'https://news.example.org';
const policy = (referrer: string, allowedOrigins: string[] = []) => ({ referrer, allowedOrigins });

describe('acceptOrigin', () => {
  it("accepts the embedding page's origin, from a full referrer or an origin-only one", () => {
    expect(acceptOrigin(NEWS, policy('https://news.example.org/2025/10/story.html?ref=x#map'))).toBe(true);
    expect(acceptOrigin(NEWS, policy('https://news.example.org/'))).toBe(true);
  });

  it("accepts the embedding page's origin as the browser names it, when the page sends no referrer", () => {
    const noReferrer = { referrer: '', allowedOrigins: [], ancestorOrigin: NEWS };
    expect(acceptOrigin(NEWS, noReferrer)).toBe(true);
    expect(acceptOrigin('https://evil.example', noReferrer)).toBe(false);
    expect(acceptOrigin('null', { referrer: '', allowedOrigins: [], ancestorOrigin: 'null' })).toBe(false);
    expect(postTargets(noReferrer)).toEqual([NEWS]);
    expect(postTargets(noReferrer, NEWS)).toEqual([NEWS]);
  });

  it('accepts an allowed origin, with or without a referrer', () => {
    expect(acceptOrigin('https://cms.example.org', policy(NEWS, ['https://cms.example.org']))).toBe(true);
    expect(acceptOrigin('https://cms.example.org', policy('', ['https://cms.example.org']))).toBe(true);
  });

  it.each([
    ['another site', 'https://evil.example', policy(`${NEWS}/`)],
    ['another scheme', 'http://news.example.org', policy(`${NEWS}/`)],
    ['another port', 'https://news.example.org:8443', policy(`${NEWS}/`)],
    ['a sub-domain', 'https://a.news.example.org', policy(`${NEWS}/`)],
    ['a look-alike', 'https://news.example.org.evil.example', policy(`${NEWS}/`)],
    ['an opaque origin', 'null', policy('', ['null'])],
    ['a wildcard', '*', policy('', ['*'])],
    ['an empty origin', '', policy('')],
    ['any origin without referrer or allow-list', NEWS, policy('')],
    ['a file referrer', 'file://', policy('file:///tmp/page.html')],
  ])('refuses %s', (_, origin, p) => {
    expect(acceptOrigin(origin, p)).toBe(false);
  });

  it('refuses a non-normalised origin string, as the browser never sends one', () => {
    expect(acceptOrigin('https://NEWS.example.org', policy(`${NEWS}/`))).toBe(false);
    expect(acceptOrigin(`${NEWS}/`, policy(`${NEWS}/`))).toBe(false);
    expect(acceptOrigin(42 as unknown as string, policy(`${NEWS}/`))).toBe(false);
  });
});

describe('postTargets', () => {
  it("posts to the embedding page's origin only, even with an allow-list", () => {
    expect(postTargets(policy(`${NEWS}/story`, ['https://staging.example.org']))).toEqual([NEWS]);
  });

  it('posts to the allowed origins when there is no referrer', () => {
    expect(postTargets(policy('', ['https://a.example', 'https://b.example', 'https://a.example']))).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it("posts to the parent's known origin only, and only if it is accepted", () => {
    expect(postTargets(policy('', ['https://a.example', 'https://b.example']), 'https://b.example')).toEqual([
      'https://b.example',
    ]);
    expect(postTargets(policy(`${NEWS}/`), 'https://evil.example')).toEqual([]);
    expect(postTargets(policy(''), 'null')).toEqual([]);
  });

  it("never posts to '*' or to nothing in particular", () => {
    expect(postTargets(policy(''))).toEqual([]);
    expect(postTargets(policy('', ['*', 'null']))).toEqual([]);
  });
});

describe('parseOrigin and originOfUrl', () => {
  it('normalise as MessageEvent.origin does', () => {
    expect(parseOrigin(' HTTPS://Example.ORG:443/ ')).toBe('https://example.org');
    expect(parseOrigin('http://example.org:80')).toBe('http://example.org');
    expect(parseOrigin('http://example.org:8080')).toBe('http://example.org:8080');
    expect(originOfUrl('https://example.org/a/b?c#d')).toBe('https://example.org');
    expect(originOfUrl('about:blank')).toBeNull();
    expect(originOfUrl('not a url')).toBeNull();
  });
});
