import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries, saveCaseList } from '@asc-assure/store';
import { assessmentIdOf, openApiFixture, OWN_COUNCIL, type ApiFixture } from './support/api-fixture.js';

const council = `/v1/councils/${OWN_COUNCIL}`;
const FORMULA_START = /^[=+\-@\t\r]/;

async function workbookCells(bytes: ArrayBuffer): Promise<{ texts: string[]; formulas: number }> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const texts: string[] = [];
  let formulas = 0;
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas += 1;
        if (typeof cell.value === 'string') texts.push(cell.value);
      });
    });
  }
  return { texts, formulas };
}

describe('the files people share', () => {
  let fixture: ApiFixture;
  beforeAll(async () => {
    fixture = await openApiFixture('pglite-memory');
  });
  afterAll(async () => {
    await fixture.cleanup();
  });
  const admin = () => fixture.tokens['council-admin'];

  it('neutralises every spreadsheet cell that would start a formula, whatever the council typed', async () => {
    let index = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('=', '+', '-', '@', '\t', '\r', ''),
        fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim().length > 0),
        async (start, rest) => {
          index += 1;
          const text = `${start}${rest}`.trim() === '' ? 'x' : `${start}${rest}`;
          const created = await fixture.request(`${council}/evidence`, {
            method: 'POST',
            token: admin(),
            body: { id: `EV-CELL-${index}`, title: text, description: `=HYPERLINK("http://evil.example","${rest}")`, qualityStatementIds: ['safeguarding'], evidenceCategoryIds: ['outcomes'], owner: `@${rest}`, effectiveFrom: '2024-01-01' },
          });
          if (created.status !== 201) return;
          await fixture.request(`${council}/actions`, { method: 'POST', token: admin(), body: { id: `ACT-CELL-${index}`, title: text, owner: `+${rest}`, dueDate: '2024-09-01', status: 'planned' } });
        },
      ),
      { numRuns: 25 },
    );
    for (const path of ['evidence.xlsx', 'action-plan.xlsx']) {
      const response = await fixture.request(`${council}/exports/${path}`, { token: fixture.tokens.reader });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain('attachment');
      const { texts, formulas } = await workbookCells(await response.arrayBuffer());
      expect(formulas).toBe(0);
      expect(texts.length).toBeGreaterThan(25);
      expect(texts.filter((text) => FORMULA_START.test(text))).toEqual([]);
      expect(texts.some((text) => text.startsWith("'=HYPERLINK") || text.startsWith("'+"))).toBe(true);
    }
  });

  it('writes the self-assessment as a Word document with every statement, written or not', async () => {
    const response = await fixture.request(`${council}/exports/self-assessment.docx`, { token: fixture.tokens['peer-reviewer'] });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
    expect(xml).toContain('ALPHA narrative');
    expect(xml).toContain('Safeguarding');
  });

  it('writes the readiness report as a PDF', async () => {
    const response = await fixture.request(`${council}/exports/readiness.pdf`, { token: fixture.tokens.reader });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('writes the deadlines as a calendar with one event per deadline and its reminders', async () => {
    const response = await fixture.request(`${council}/assessments/${assessmentIdOf(OWN_COUNCIL)}/deadlines.ics`, { token: fixture.tokens.reader });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const calendar = await response.text();
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain(`UID:${assessmentIdOf(OWN_COUNCIL)}-information-return@asc-assure`);
    expect(calendar).toContain('DTSTART;VALUE=DATE:20240408');
    expect(calendar.match(/BEGIN:VALARM/g)?.length).toBe(3);
  });

  it('writes the readiness report as a web page with no scripts', async () => {
    const response = await fixture.request(`${council}/exports/readiness.html`, { token: fixture.tokens.reader });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Readiness score:');
    expect(html).toContain('Findings (');
    expect(html).not.toContain('<script');
  });

  it('exports the pseudonymised case list with the headings the command line checks, and refuses one holding personal data', async () => {
    const path = `${council}/assessments/${assessmentIdOf(OWN_COUNCIL)}/exports/case-list.xlsx`;
    const clean = await fixture.request(path, { token: fixture.tokens.contributor });
    expect(clean.status).toBe(200);
    const { texts } = await workbookCells(await clean.arrayBuffer());
    expect(texts.slice(0, 4)).toEqual(['Pseudonymised id', 'Cohort', 'Cohort description', '1. Initial reason for contact']);
    await saveCaseList(fixture.store, {
      id: `${assessmentIdOf(OWN_COUNCIL)}-case-list`,
      councilId: OWN_COUNCIL,
      assessmentId: assessmentIdOf(OWN_COUNCIL),
      status: 'proposed',
      records: [{ rank: 1, pseudonymisedId: 'P-7QX2', cohort: 'CT01', reasons: [], characteristics: {}, higherRiskFlags: [], leadProfessionalRole: 'Social worker, call Mrs Jane Smith on 07700 900123' }],
    });
    const refused = await fixture.request(path, { token: fixture.tokens.contributor });
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as { error: { code: string; problems: { path: (string | number)[] }[] } };
    expect(body.error.code).toBe('personal-data-found');
    expect(body.error.problems[0]?.path).toEqual(['records', 0, 'leadProfessionalRole']);
    expect(JSON.stringify(body)).not.toContain('900123');
    const audit = await listAuditEntries(fixture.store, { councilId: OWN_COUNCIL, limit: 1000 });
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['case-list.exported', 'case-list.export-refused']));
  });
});
