// The baseline a speed figure is compared with: the production build of another commit (by default where this
// branch left main, `git merge-base HEAD main`), made from `git archive` in a directory of its own beside the
// working tree's build, so both run in the same benchmark with no stash and no checkout.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { benchOutDir } from './benchOutDir';

/** The commit of the baseline: `rev`, else `BENCH_BASE` (any git revision), else the merge base of HEAD and main. */
export function baselineCommit(root: string, rev?: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  rev ??= process.env.BENCH_BASE ?? git('merge-base', 'HEAD', 'main');
  return git('rev-parse', `${rev}^{commit}`);
}

/** Builds `commit` (once: kept by its hash) and gives the directory of its static site. */
export async function buildBaseline(root: string, commit: string, name: string): Promise<string> {
  const cache = benchOutDir('.', root);
  const tree = join(cache, `${name}-tree-${commit.slice(0, 12)}`);
  const out = join(cache, `${name}-dist-${commit.slice(0, 12)}`);
  if (existsSync(join(out, 'index.html'))) return out;
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', commit], { cwd: root, maxBuffer: 1 << 30 });
  const tarFile = `${tree}.tar`;
  writeFileSync(tarFile, archive);
  execFileSync('tar', ['-xf', tarFile, '-C', tree]);
  rmSync(tarFile);
  symlinkSync(realpathSync(join(root, 'node_modules')), join(tree, 'node_modules'));
  await build({
    root: tree,
    configFile: join(tree, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, sourcemap: false },
  });
  return out;
}
