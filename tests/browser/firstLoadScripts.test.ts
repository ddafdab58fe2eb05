// The scripts the first rings wait for, in the build as it ships: the app's page (and the embed page, written
// with its tags) names the entry and the bundler's runtime helpers, and the entry imports nothing else
// statically; the app, React and the lazy parts are fetched by it later, on their own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** The scripts and module preloads a built page names, by file name without its hash. */
function pageScripts(page: string): string[] {
  const tags = page.match(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g) ?? [];
  return tags.map((tag) => tag.match(/(?:src|href)="\.\/assets\/([^"]+)-[\w-]{8}\.js"/)?.[1] ?? tag).sort();
}

/** The chunks a built module imports statically (its `import … from "./x.js"` and `import "./x.js"`). */
function staticImports(code: string): string[] {
  const found = code.matchAll(
    /(?:^|[;}\n])\s*import\s*(?:[^"'();]*?from\s*)?["']\.\/([^"']+)-[\w-]{8}\.js["']/g,
  );
  return [...found].map((m) => m[1] as string).sort();
}

describe('the first load', () => {
  const dir = inject('appDir');
  const assets = readdirSync(join(dir, 'assets'));

  it('names two scripts on the app page and the embed page: the entry and the runtime helpers', () => {
    for (const file of ['index.html', 'embed.html'])
      expect(pageScripts(readFileSync(join(dir, file), 'utf8'))).toEqual(['main', 'rolldown-runtime']);
  });

  it('has an entry that imports only the runtime helpers; the app and its lazy parts stay chunks of their own', () => {
    const entry = assets.find((name) => /^main-[\w-]{8}\.js$/.test(name));
    expect(entry).toBeDefined();
    const code = readFileSync(join(dir, 'assets', entry as string), 'utf8');
    expect(staticImports(code)).toEqual(['rolldown-runtime']);
    for (const lazy of ['client', 'mountApp', 'SidePanel', 'trueShapeParts'])
      expect(assets.some((name) => name.startsWith(`${lazy}-`) && name.endsWith('.js'))).toBe(true);
  });

  it('asks for the entry to be compiled whole as it loads, before its first import, and no lazy chunk', () => {
    const hinted = assets.filter(
      (name) =>
        name.endsWith('.js') &&
        /^\/\/# allFunctionsCalledOnLoad$/m.test(readFileSync(join(dir, 'assets', name), 'utf8')),
    );
    expect(hinted.map((name) => name.replace(/-[\w-]{8}\.js$/, ''))).toEqual(['main']);
    const code = readFileSync(join(dir, 'assets', hinted[0] as string), 'utf8');
    expect(code.indexOf('//# allFunctionsCalledOnLoad')).toBeLessThan(code.search(/\bimport\s*[{"]/));
  });
});
