import { join } from 'node:path';
import { openStore } from '@asc-assure/store';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { evidenceBankRows, writeEvidenceCsv } from './evidence-files.js';
import { parseJsonOutput } from './run-cli.js';
import { useWorkspace } from './workspace-fixture.js';

const workspace = useWorkspace('Trafford Council');

describe('asc-assure verify-audit', () => {
  it('finds the audit log intact after imports and progress updates (exit 0)', async () => {
    const file = join(workspace.folder, 'bank.csv');
    await writeEvidenceCsv(file, evidenceBankRows('2026-01-05', '2027-01-05'));
    expect((await workspace.run(['evidence', 'import', file])).code).toBe(0);
    expect((await workspace.run(['ir', 'set', 'improvement-plan', '--status', 'in-progress', '--owner', 'Head of Quality Assurance'])).code).toBe(0);
    const run = await workspace.run(['verify-audit']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Intact: The audit log is intact: \d+ entries checked\./);
  });

  it('finds the log broken (exit 1) after a row is changed with SQL behind asc-assure\'s back', async () => {
    const store = await openStore({ kind: 'pglite', dataDir: join(workspace.folder, '.asc-assure', 'database') });
    try {
      // Someone with database access switches off the append-only trigger and edits history.
      await sql`alter table audit_log disable trigger audit_log_append_only`.execute(store.db);
      const changed = await sql`update audit_log set actor = 'someone else' where sequence = 1`.execute(store.db);
      expect(changed.numAffectedRows).toBe(1n);
    } finally {
      await store.close();
    }
    const run = await workspace.run(['verify-audit']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Broken: Audit entry 1 has been changed since it was written');
    const json = parseJsonOutput<{ ok: boolean; firstBrokenSequence: number }>(await workspace.run(['verify-audit', '--json']));
    expect(json).toMatchObject({ ok: false, firstBrokenSequence: 1 });
  });
});
