// embedSnippet: the HTML a journalist pastes — the link in embed mode, attributes escaped, a loader that
// accepts height messages from its own iframe and the map's origin only.
import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../src/embed';
import { decodeScenarioUrl, defaultScenario, encodeScenarioUrl, setTitle } from '../../src/scenario';

const IDS = ['tomahawk', 'eram', 'atacms'];
const SCENARIO = defaultScenario(IDS.map((id) => ({ id })));
const APP = 'https://maps.example.org/rings/';

describe('embedUrl', () => {
  it("is embed.html beside the app's page, with the scenario query", () => {
    expect(embedUrl(SCENARIO, APP)).toBe(`${APP}embed.html?${encodeScenarioUrl(SCENARIO)}`);
    expect(embedUrl(SCENARIO, `${APP}index.html?old=1#x`)).toBe(
      `${APP}embed.html?${encodeScenarioUrl(SCENARIO)}`,
    );
    expect(embedUrl(SCENARIO, `${APP}embed.html`)).toBe(`${APP}embed.html?${encodeScenarioUrl(SCENARIO)}`);
  });

  it('reads back as the same scenario, with no problem', () => {
    const search = new URL(embedUrl(SCENARIO, APP)).search;
    expect(decodeScenarioUrl(search, { systemIds: IDS })).toStrictEqual({ scenario: SCENARIO, problems: [] });
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet(SCENARIO, APP);
  const iframe = snippet.slice(0, snippet.indexOf('\n'));

  it('is an iframe of the embed URL, full width, borderless, lazy, titled, with a height until it reports one', () => {
    expect(iframe).toBe(
      `<iframe src="${embedUrl(SCENARIO, APP).replaceAll('&', '&amp;')}" title="Range rings map: How far they reach"` +
        ' style="width:100%;border:0" height="500" loading="lazy"' +
        ' referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
  });

  it('has a loader that takes height messages from that iframe and the map origin only', () => {
    const script = snippet.slice(snippet.indexOf('\n') + 1);
    expect(script.startsWith('<script>')).toBe(true);
    expect(script.endsWith('</script>')).toBe(true);
    expect(script).toContain('previousElementSibling');
    expect(script).toContain(
      'event.source !== frame.contentWindow || event.origin !== "https://maps.example.org"',
    );
    expect(script).toContain('"range-rings:height"');
    expect(script.match(/<\/script/g)).toHaveLength(1);
  });

  it('escapes a hostile title in the attribute, and never puts it in the script', () => {
    const hostile = setTitle(SCENARIO, '"><script>alert(1)</script>&\'');
    const html = embedSnippet(hostile, APP);
    expect(html).toContain(
      'title="Range rings map: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;"',
    );
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('titles an untitled map plainly', () => {
    expect(embedSnippet(setTitle(SCENARIO, ''), APP)).toContain('title="Range rings map"');
  });

  it('keeps the origin from ending the script, and leaves the origin check out for a non-web address', () => {
    expect(embedSnippet(SCENARIO, 'file:///tmp/index.html')).not.toContain('event.origin');
    expect(embedSnippet(SCENARIO, APP)).not.toMatch(/event\.origin !== "[^"]*[<>]/);
  });
});
