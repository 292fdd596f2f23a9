import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceBankRows, writeEvidenceCsv, writeEvidenceXlsx } from './evidence-files.js';
import { parseJsonOutput } from './run-cli.js';
import { useWorkspace } from './workspace-fixture.js';

const workspace = useWorkspace('Trafford Council');

interface EvidenceList {
  readonly count: number;
  readonly items: readonly { id: string; title: string; qualityStatementIds: string[]; evidenceCategoryIds: string[]; reviewBy?: string; tags: string[] }[];
}

async function evidenceCount(): Promise<number> {
  return parseJsonOutput<EvidenceList>(await workspace.run(['evidence', 'list', '--json'])).count;
}

describe('asc-assure evidence import', () => {
  it('writes nothing when one row of a CSV is invalid, naming the row and the statement meant', async () => {
    const rows = [...evidenceBankRows('2025-09-01', '2026-09-01')];
    rows.push({ title: 'Safeguarding audit', statements: 'Safegaurding', categories: 'processes', owner: 'Head of Safeguarding', effectiveFrom: '2025-10-01' });
    const file = join(workspace.folder, 'with-bad-row.csv');
    await writeEvidenceCsv(file, rows);
    const run = await workspace.run(['evidence', 'import', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('with-bad-row.csv has 1 problem, so nothing was imported.');
    expect(run.stderr).toContain("row 14: 'Safegaurding' is not a quality statement — did you mean 'safeguarding'?");
    expect(await evidenceCount()).toBe(0);
  });

  it('reports every problem of a row: an unknown category and a date that is not a date', async () => {
    const file = join(workspace.folder, 'bad-fields.csv');
    await writeEvidenceCsv(file, [{ title: 'Local Account', statements: 'QS8', categories: 'Observations by inspectors', owner: 'AD', effectiveFrom: 'last spring' }]);
    const run = await workspace.run(['evidence', 'import', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("row 2: 'Observations by inspectors' is not an evidence category");
    expect(run.stderr).toContain('row 2: Effective from: must be a date written YYYY-MM-DD');
  });

  it('checks a file with --dry-run and writes nothing', async () => {
    const file = join(workspace.folder, 'bank.csv');
    await writeEvidenceCsv(file, evidenceBankRows('01/09/2025', '01/09/2026'));
    const run = await workspace.run(['evidence', 'import', file, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('All 12 rows of bank.csv are valid. Nothing was written (--dry-run).');
    expect(await evidenceCount()).toBe(0);
  });

  it('imports a CSV, matching statements written as ids, titles, short titles and QS numbers', async () => {
    const run = await workspace.run(['evidence', 'import', join(workspace.folder, 'bank.csv')]);
    expect(run.stderr).toContain('Checking bank.csv: done (12 rows)');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Imported 12 evidence items for Trafford Council: 12 new, 0 updated.');
    const list = parseJsonOutput<EvidenceList>(await workspace.run(['evidence', 'list', '--json']));
    expect(list.count).toBe(12);
    const jsna = list.items.find((item) => item.title === 'Joint Strategic Needs Assessment');
    expect(jsna?.qualityStatementIds).toEqual(['supporting-healthier-lives', 'equity-in-experience-and-outcomes', 'partnerships-and-communities']);
    expect(jsna?.reviewBy).toBe('2026-09-01');
  });

  it('updates the same items when the bank is imported again, rather than adding copies', async () => {
    const run = await workspace.run(['evidence', 'import', join(workspace.folder, 'bank.csv')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('12 evidence items for Trafford Council: 0 new, 12 updated.');
    expect(await evidenceCount()).toBe(12);
  });

  it('imports an Excel workbook with real spreadsheet dates', async () => {
    const file = join(workspace.folder, 'bank-2024.xlsx');
    await writeEvidenceXlsx(
      file,
      evidenceBankRows('2024-09-01', '2025-09-01').map((row) => ({ ...row, title: `${row.title} (2024)` })),
    );
    const run = await workspace.run(['evidence', 'import', file]);
    expect(run.stderr).toContain('Checking bank-2024.xlsx');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('12 new, 0 updated');
    const list = parseJsonOutput<EvidenceList>(await workspace.run(['evidence', 'list', '--json']));
    expect(list.items.find((item) => item.title === 'Staff survey (2024)')?.reviewBy).toBe('2025-09-01');
  });

  it('writes nothing from a workbook with a bad row', async () => {
    const file = join(workspace.folder, 'bad.xlsx');
    await writeEvidenceXlsx(file, [
      ...evidenceBankRows('2026-01-05', '2027-01-05').map((row) => ({ ...row, title: `${row.title} (2026)` })),
      { title: 'Equality Impact Assessment', statements: 'Equity', categories: 'processes', owner: 'Equality Officer', effectiveFrom: '2026-01-05', tags: 'equalty' },
    ]);
    const run = await workspace.run(['evidence', 'import', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("row 14: 'equalty' is not an evidence tag — did you mean 'equality'?");
    expect(await evidenceCount()).toBe(24);
  });

  it('lists the items of one statement or tag, with titles and owners on screen', async () => {
    const byStatement = parseJsonOutput<EvidenceList>(await workspace.run(['evidence', 'list', '--statement', 'QS7', '--json']));
    expect(byStatement.items.every((item) => item.qualityStatementIds.includes('safeguarding'))).toBe(true);
    expect(byStatement.count).toBe(4);
    const byTag = parseJsonOutput<EvidenceList>(await workspace.run(['evidence', 'list', '--tag', 'Unpaid carers', '--json']));
    expect(byTag.count).toBe(2);
    const screen = await workspace.run(['evidence', 'list', '--statement', 'safeguarding']);
    expect(screen.stdout).toContain('Trafford Council: 4 evidence items for Safeguarding');
    expect(screen.stdout).toContain('Making Safeguarding Personal feedback');
    expect(screen.stdout).toContain('Head of Quality Assurance');
  });

  it('refuses a file it cannot read, with a hint', async () => {
    const missing = await workspace.run(['evidence', 'import', 'nowhere.csv']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('There is no file at nowhere.csv.');
    const wrongKind = await workspace.run(['evidence', 'import', 'bank.pdf']);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toContain('it reads .csv and .xlsx files');
  });
});
