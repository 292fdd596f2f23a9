import fc from 'fast-check';
import { listEvidenceItems } from '@asc-assure/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiFixture, OWN_COUNCIL, type ApiFixture } from './support/api-fixture.js';

const council = `/v1/councils/${OWN_COUNCIL}`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbookOf(rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Evidence');
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function csvOf(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\r\n');
}

async function writtenState(fixture: ApiFixture): Promise<string> {
  const { rows } = await sql<Record<string, unknown>>`select (select count(*) from evidence_items) as items, (select coalesce(sum(version), 0) from evidence_items) as versions, (select count(*) from audit_log) as audit`.execute(fixture.store.db);
  return JSON.stringify(rows[0]);
}

const HEADINGS = ['Id', 'Title', 'Quality statements', 'Evidence categories', 'Owner', 'Effective from', 'Review by', 'Tags'];

describe('importing an evidence bank file', () => {
  let fixture: ApiFixture;
  beforeAll(async () => {
    fixture = await openApiFixture('pglite-memory');
  });
  afterAll(async () => {
    await fixture.cleanup();
  });
  const upload = (body: string | Uint8Array, type: string) =>
    fixture.app.request(`${council}/evidence/import`, { method: 'POST', headers: { authorization: `Bearer ${fixture.tokens.contributor}`, 'content-type': type }, body });

  it('adds a CSV of items named the way councils name things, and updates them when imported again', async () => {
    const rows = [
      ['Reference', 'Document title', 'QS', 'Category', 'Lead', 'Approved', 'Next review', 'Themes'],
      ['IMP-1', 'Carers strategy', 'Assessing needs; QS2', 'Processes', "Carers' lead", '01/04/2024', '2025-04-01', 'Unpaid carers'],
      ['IMP-2', 'Safeguarding audit', 'safeguarding', "People's experience", 'Head of safeguarding', '2024-02-01', '', ''],
    ];
    const first = await upload(csvOf(rows), 'text/csv');
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ added: 2, updated: 0, ignoredHeadings: [] });
    const again = await upload(csvOf(rows.map((row, index) => (index === 1 ? row.map((cell) => (cell === 'Carers strategy' ? 'Carers strategy 2024-27' : cell)) : row))), 'text/csv');
    expect(await again.json()).toEqual({ added: 0, updated: 2, ignoredHeadings: [] });
    const stored = await listEvidenceItems(fixture.store, { councilId: OWN_COUNCIL, tag: 'unpaid-carers' });
    expect(stored.items.map((item) => [item.id, item.title, item.qualityStatementIds, item.effectiveFrom])).toEqual([
      ['IMP-1', 'Carers strategy 2024-27', ['assessing-needs', 'supporting-healthier-lives'], '2024-04-01'],
    ]);
  });

  it('lists every problem with its spreadsheet row and saves nothing when any row is wrong', async () => {
    const before = await writtenState(fixture);
    const response = await upload(
      await workbookOf([
        HEADINGS,
        ['IMP-10', 'Fine', 'safeguarding', 'outcomes', 'Lead', '2024-01-01', '', ''],
        ['IMP-11', '', 'safeguarding', 'outcomes', 'Lead', '2024-01-01', '', ''],
        ['IMP-12', 'Bad statement', 'safeguardin', 'outcomes', 'Lead', '2024-13-01', '', ''],
      ]),
      XLSX,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { problems: { path: (string | number)[]; message: string }[] } };
    expect(body.error.problems.map((problem) => problem.path.slice(0, 2))).toEqual(expect.arrayContaining([['rows', 3], ['rows', 4]]));
    expect(body.error.problems.every((problem) => /^row \d+: /.test(problem.message))).toBe(true);
    expect(await writtenState(fixture)).toBe(before);
  });

  it('reads back an export of the bank as it was', async () => {
    await fixture.request(`${council}/evidence`, {
      method: 'POST',
      token: fixture.tokens.contributor,
      body: { id: 'IMP-FORMULA', title: '=SUM(A1:A9) in the title', qualityStatementIds: ['safeguarding'], evidenceCategoryIds: ['outcomes'], owner: '@team', effectiveFrom: '2024-01-01' },
    });
    const exported = await fixture.request(`${council}/exports/evidence.xlsx`, { token: fixture.tokens.reader });
    const before = await listEvidenceItems(fixture.store, { councilId: OWN_COUNCIL }, { limit: 1000 });
    const response = await upload(new Uint8Array(await exported.arrayBuffer()), XLSX);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ added: 0, updated: before.items.length });
    const after = await listEvidenceItems(fixture.store, { councilId: OWN_COUNCIL }, { limit: 1000 });
    const content = (page: typeof before) => page.items.map(({ version: _version, updatedAt: _updatedAt, createdAt: _createdAt, ...item }) => item);
    expect(content(after)).toEqual(content(before));
  });

  it('refuses other file types with 415, a file that is not CSV or Excel with 400, and an empty file', async () => {
    expect((await upload('a,b', 'application/pdf')).status).toBe(415);
    expect((await upload(new Uint8Array([1, 2, 3, 4]), XLSX)).status).toBe(400);
    expect((await upload('', 'text/csv')).status).toBe(400);
    expect((await upload('Title\n"unclosed', 'text/csv')).status).toBe(400);
  });

  it('never answers 500 and never writes part of a file, whatever CSV or workbook it is sent (property)', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('safeguarding', 'Processes', '2024-04-01', '31/02/2024', '=1+1', '@x', 'Lead', 'unpaid-carers', '', 'EV-1'),
    );
    const heading = fc.oneof(fc.constantFrom(...HEADINGS, 'Description', 'Location', 'Source', 'Effective to'), fc.string({ maxLength: 12 }));
    const table = fc.tuple(fc.array(heading, { minLength: 1, maxLength: 10 }), fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 8 })).map(([headings, rows]) => [headings, ...rows]);
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(table, fc.boolean(), async (rows, asWorkbook) => {
        const before = await writtenState(fixture);
        const response = await (asWorkbook ? upload(await workbookOf(rows), XLSX) : upload(csvOf(rows), 'text/csv'));
        if (response.status >= 500) failures += 1;
        expect(response.status).toBeLessThan(500);
        if (response.status !== 200) {
          expect(response.status).toBe(400);
          expect(await writtenState(fixture)).toBe(before);
        } else {
          const result = (await response.json()) as { added: number; updated: number };
          const after = JSON.parse(await writtenState(fixture)) as { items: number };
          expect(Number(after.items)).toBe(Number((JSON.parse(before) as { items: number }).items) + result.added);
        }
      }),
      { numRuns: 80 },
    );
    expect(failures).toBe(0);
  });
});
