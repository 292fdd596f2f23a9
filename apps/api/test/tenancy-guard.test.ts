import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROUTES = new URL('../src/routes/', import.meta.url);

/** Ways a handler could take a council id from the request instead of from the tenancy module. */
const FORBIDDEN = [
  { pattern: /req\.param\(\s*['"]councilId['"]\s*\)/, why: "reads {councilId} from the path itself: use councilIdOf(c)" },
  { pattern: /\{[^}]*\bcouncilId\b[^}]*\}\s*=\s*c\.req\.valid\(/, why: 'destructures councilId from validated input: use councilIdOf(c)' },
  { pattern: /c\.req\.valid\([^)]*\)\.councilId/, why: 'reads councilId from validated input: use councilIdOf(c)' },
  { pattern: /\b(body|query|json)\.councilId\b/, why: 'takes councilId from the request: use councilIdOf(c)' },
  { pattern: /app\.(get|post|put|patch|delete|all|on)\(\s*['"`]\/v1/, why: 'adds a /v1 route outside the OpenAPI route table (and so outside the isolation matrix)' },
] as const;

describe('council isolation has one way in', () => {
  it('no route handler takes a council id from the request: only the tenancy module does', async () => {
    const files = (await readdir(ROUTES)).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(10);
    const offences: string[] = [];
    for (const file of files) {
      const text = await readFile(join(ROUTES.pathname, file), 'utf8');
      for (const { pattern, why } of FORBIDDEN) if (pattern.test(text)) offences.push(`${file}: ${why}`);
    }
    expect(offences).toEqual([]);
  });

  it('every council route is made with councilRoute, which puts the tenancy check in front of it', async () => {
    const files = (await readdir(ROUTES)).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    for (const file of files) {
      const text = await readFile(join(ROUTES.pathname, file), 'utf8');
      for (const match of text.matchAll(/path: '(\/v1\/councils\/\{councilId\}[^']*)'/g)) {
        const before = text.slice(0, match.index);
        const maker = [...before.matchAll(/\b(\w+Route|createRoute)\(/g)].at(-1)?.[1];
        expect(maker, `${file} ${match[1] ?? ''}`).toBe('councilRoute');
      }
    }
  });
});
