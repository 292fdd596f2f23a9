import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { findPersonalData, isValidNhsNumber } from '@asc-assure/framework';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCompletedCaseListCsv, writeExtractCsv } from './case-files.js';
import { parseJsonOutput, todayInEngland } from './run-cli.js';
import { useWorkspace } from './workspace-fixture.js';

const workspace = useWorkspace('Gloucestershire County Council');
const PLANTED_FORMULA = '=HYPERLINK("http://attacker.example","Open")';
const PLANTED_NHS_NUMBER = '943 476 5919';
let localIds: string[] = [];

beforeAll(async () => {
  const rows = await writeExtractCsv(join(workspace.folder, 'extract.csv'), { count: 2000, asOf: todayInEngland(), role: PLANTED_FORMULA });
  localIds = rows.map((row) => row.localPersonId);
  await writeExtractCsv(join(workspace.folder, 'extract-with-nhs-number.csv'), { count: 600, asOf: todayInEngland(), role: `Social worker (NHS ${PLANTED_NHS_NUMBER})` });
});

async function readWorkbook(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no worksheet');
  return sheet;
}

describe('asc-assure cases propose', () => {
  it('proposes 50 people from the extract, showing coverage and why each was picked, by pseudonymised id only', async () => {
    const run = await workspace.run(['cases', 'propose', 'extract.csv', '--seed', '7', '--out', 'proposed.csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Reading extract.csv: done (2,000 rows)');
    expect(run.stdout).toMatch(/[\d,]+ people qualify/);
    expect(run.stdout).toContain('Cohorts: 50 people proposed');
    expect(run.stdout).toContain('CT07 unpaid carers');
    expect(run.stdout).toContain('Ethnicity:');
    expect(run.stdout).toMatch(/ 1\. P-[0-9A-Z]{16} {2}CT0\d: covers cohort/);
    expect(run.stdout.match(/P-[0-9A-HJKMNP-TV-Z]{16}/g)?.length).toBeGreaterThanOrEqual(50);
    expect(run.stdout).not.toMatch(/SYN\d{7}/);
    expect(run.stdout).not.toContain('Test Person');
    const proposed = await readFile(join(workspace.folder, 'proposed.csv'), 'utf8');
    expect(proposed.split('\r\n').filter((line) => line.length > 0)).toHaveLength(51);
    expect(localIds.some((id) => proposed.includes(id))).toBe(true);
  });

  it('gives the same list for the same extract and seed', async () => {
    const first = parseJsonOutput<{ picks: { pseudonymisedId: string }[] }>(await workspace.run(['cases', 'propose', 'extract.csv', '--seed', '7', '--json']));
    const second = parseJsonOutput<{ picks: { pseudonymisedId: string }[] }>(await workspace.run(['cases', 'propose', 'extract.csv', '--seed', '7', '--json']));
    expect(first.picks).toHaveLength(50);
    expect(second.picks.map((pick) => pick.pseudonymisedId)).toEqual(first.picks.map((pick) => pick.pseudonymisedId));
  });
});

describe('asc-assure cases export', () => {
  it('writes the pseudonymised list as XLSX with no personal data and every formula neutralised', async () => {
    const run = await workspace.run(['cases', 'export', '--out', 'case-list.xlsx']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Wrote 50 pseudonymised records');
    const sheet = await readWorkbook(join(workspace.folder, 'case-list.xlsx'));
    expect(sheet.rowCount).toBe(51);
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headings).toContain('Pseudonymised id');
    expect(headings).toContain('2. Summary of needs (one page)');
    const roleColumn = headings.indexOf('10a. Lead professional role') + 1;
    for (let rowNumber = 2; rowNumber <= 51; rowNumber++) {
      const row = sheet.getRow(rowNumber);
      const id = row.getCell(1).value;
      expect(typeof id).toBe('string');
      expect(id).toMatch(/^P-[0-9A-HJKMNP-TV-Z]{16}$/);
      const role = row.getCell(roleColumn);
      expect(role.formula).toBeUndefined();
      expect(role.value).toBe(`'${PLANTED_FORMULA}`);
      row.eachCell((cell) => {
        const text = cell.value ?? '';
        expect(typeof text).toBe('string');
        expect(cell.formula).toBeUndefined();
        if (typeof text !== 'string') return;
        expect(text).not.toMatch(/^[=+\-@]/);
        expect(text).not.toMatch(/SYN\d{7}|Test Person/);
        expect(findPersonalData(text)).toEqual([]);
      });
    }
  });

  it('refuses to write a list with a planted NHS number (exit 1), listing the finding masked', async () => {
    expect(isValidNhsNumber(PLANTED_NHS_NUMBER)).toBe(true);
    const propose = await workspace.run(['cases', 'propose', 'extract-with-nhs-number.csv']);
    expect(propose.code).toBe(0);
    const run = await workspace.run(['cases', 'export', '--out', 'leaky.xlsx']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The case list was not written');
    expect(run.stderr).toMatch(/row \d+ \(P-[0-9A-Z]{16}\), 10a\. Lead professional role: looks like an NHS number \(943 \*\*\* \*\*\*\*\)/);
    expect(run.stderr).not.toContain(PLANTED_NHS_NUMBER);
    await expect(stat(join(workspace.folder, 'leaky.xlsx'))).rejects.toThrow();
  });
});

describe('asc-assure cases check', () => {
  it('passes a completed list of 50 (exit 0)', async () => {
    await writeCompletedCaseListCsv(join(workspace.folder, 'completed.csv'), todayInEngland());
    const run = await workspace.run(['cases', 'check', 'completed.csv']);
    expect(run.stdout).toContain('Checked completed.csv: 50 records, 0 errors');
    expect(run.code).toBe(0);
  });

  it('fails an exported list whose free text is not filled in yet (exit 1), printing every problem with its row', async () => {
    const run = await workspace.run(['cases', 'check', 'case-list.xlsx']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('not ready to send');
    expect(run.stdout).toMatch(/error {3}row 2 \(P-[0-9A-Z]{16}\), 2\. Summary of needs \(one page\):/);
    expect(run.stdout).toMatch(/row 51 \(P-[0-9A-Z]{16}\), 10b\. Lead professional team mailbox:/);
  });

  it('flags a column that would carry personal data, as JSON with --json', async () => {
    await writeCompletedCaseListCsv(join(workspace.folder, 'with-surname.csv'), todayInEngland(), { heading: 'Surname', value: 'Smith' });
    const run = await workspace.run(['cases', 'check', 'with-surname.csv', '--json']);
    expect(run.code).toBe(1);
    const result = parseJsonOutput<{ ok: boolean; problems: { code: string; row?: number; message: string }[] }>(run);
    expect(result.ok).toBe(false);
    expect(result.problems.some((problem) => problem.code === 'personal-data-field' && problem.row === 2 && problem.message.includes('Surname'))).toBe(true);
  });
});
