/** @module The one direction of dependencies (ARCHITECTURE.md), checked over source files. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Who may import whom: workspace packages by folder, plus the npm packages the engine may use. */
export const allowed: Record<string, { workspace: readonly string[]; npm?: readonly string[] }> = {
  engine: { workspace: [], npm: ['ajv', 'big.js', 'json-rules-engine', 're2js', 'vitest', 'fast-check'] },
  server: { workspace: ['engine'] },
  designer: { workspace: ['engine'] },
};

export interface Violation {
  readonly file: string;
  readonly specifier: string;
  readonly reason: string;
}

const importRe = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** The module specifiers a source text imports. */
export function importsOf(source: string): string[] {
  return [...source.matchAll(importRe)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').filter((s) => s !== '');
}

/**
 * The imports in `file` (of package `pkg`, whose folder is `pkgDir`) that cross the lines.
 */
export function violations(pkg: string, pkgDir: string, file: string, source: string): Violation[] {
  const rule = allowed[pkg];
  if (rule === undefined) return [];
  const out: Violation[] = [];
  for (const specifier of importsOf(source)) {
    if (specifier.startsWith('.')) {
      const target = resolve(file, '..', specifier);
      if (relative(pkgDir, target).startsWith('..')) out.push({ file, specifier, reason: `reaches outside packages/${pkg}` });
    } else if (specifier.startsWith('@heng/')) {
      const dep = specifier.slice('@heng/'.length).split('/')[0] ?? '';
      if (!rule.workspace.includes(dep)) out.push({ file, specifier, reason: `${pkg} may not import @heng/${dep}` });
    } else if (rule.npm !== undefined) {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '');
      if (!rule.npm.includes(name)) out.push({ file, specifier, reason: `${pkg} may use only ${rule.npm.join(', ')}` });
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [p] : [];
  });
}

/** Every violation in the packages under `root/packages`. */
export function checkTree(root: string): Violation[] {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir).flatMap((pkg) => {
    const pkgDir = join(packagesDir, pkg);
    return sourceFiles(pkgDir).flatMap((file) => violations(pkg, pkgDir, file, readFileSync(file, 'utf8')).map((v) => ({ ...v, file: relative(root, file).split(sep).join('/') })));
  });
}
