import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkTree, importsOf, violations } from './architecture.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');

describe('dependency direction', () => {
  it('finds every kind of import', () => {
    const src = `import { a } from './a.js';\nimport type { B } from '@heng/server';\nexport { c } from "../c.js";\nconst d = await import('node:fs');\nimport 'side-effect';`;
    expect(importsOf(src)).toEqual(['./a.js', '@heng/server', '../c.js', 'node:fs', 'side-effect']);
  });

  it('flags imports that cross the lines', () => {
    const dir = '/r/packages/engine';
    const bad = violations('engine', dir, `${dir}/src/x.ts`, `import { db } from '@heng/server';\nimport { readFileSync } from 'node:fs';\nimport { y } from '../../server/src/y.js';\nimport { z } from './z.js';`);
    expect(bad.map((v) => v.specifier)).toEqual(['@heng/server', 'node:fs', '../../server/src/y.js']);
    expect(violations('designer', '/r/packages/designer', '/r/packages/designer/src/a.tsx', `import { app } from '@heng/server/app';`)).toHaveLength(1);
    expect(violations('server', '/r/packages/server', '/r/packages/server/src/a.ts', `import { x } from '@heng/engine';`)).toEqual([]);
  });

  it('holds in this tree', () => {
    expect(checkTree(root)).toEqual([]);
  });
});
