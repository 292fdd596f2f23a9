// One-off scaffold used to create each workspace's package.json consistently.
import { mkdirSync, writeFileSync } from 'node:fs';
const [dir, name, description, depsJson, devDepsJson, extraJson] = process.argv.slice(2);
mkdirSync(`${dir}/src`, { recursive: true });
const isPublished = !name.startsWith('@asc-assure/internal');
const pkg = {
  name,
  version: '0.1.0',
  description,
  license: 'MIT',
  type: 'module',
  sideEffects: false,
  engines: { node: '>=20.19' },
  exports: {
    '.': { types: './dist/index.d.ts', import: './dist/index.js' },
    './package.json': './package.json',
  },
  main: './dist/index.js',
  types: './dist/index.d.ts',
  files: ['dist/**', '!dist/**/*.test.*', 'README.md', 'CHANGELOG.md'],
  scripts: {
    build: 'tsup',
    typecheck: 'tsc --noEmit -p tsconfig.json',
    lint: 'eslint src',
    test: 'vitest run',
  },
  dependencies: JSON.parse(depsJson || '{}'),
  devDependencies: JSON.parse(devDepsJson || '{}'),
  publishConfig: { access: 'public' },
  ...JSON.parse(extraJson || '{}'),
};
if (!isPublished) pkg.private = true;
writeFileSync(`${dir}/package.json`, JSON.stringify(pkg, null, 2) + '\n');
writeFileSync(`${dir}/tsconfig.json`, JSON.stringify({ extends: '../../tsconfig.base.json', include: ['src', 'test', 'bench', '*.ts'] }, null, 2) + '\n');
