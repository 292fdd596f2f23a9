import { describe, expect, it } from 'vitest';
import { COHORT_LABELS } from '../catalogue/labels.js';
import type { CohortId } from '../ids.js';
import { HIGHER_RISK_FLAG_LABELS, type HigherRiskFlagId } from './higher-risk-flags.js';
import { personExtractRowSchema } from './person-extract-row.js';
import { PROTECTED_CHARACTERISTICS } from './protected-characteristics.js';
import { EXTRACT_TABLE_COLUMNS, readExtractTable, type SpreadsheetTable } from './read-extract-table.js';
import { generateSyntheticExtract } from './synthetic-extract.js';

const ukDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A grid as a spreadsheet reader gives it: headings in row 1, empty cells left out. */
function tableOf(grid: readonly (readonly string[])[]): SpreadsheetTable {
  const [headings = [], ...body] = grid;
  return {
    headings,
    rows: body.map((cells, index) => ({
      rowNumber: index + 2,
      cells: Object.fromEntries(cells.flatMap((cell, column): [string, string][] => (cell === '' || headings[column] === undefined ? [] : [[headings[column], cell]]))),
    })),
  };
}

describe("reading a council's extract of people for the case-list proposal", () => {
  it('reads an extract written with labels, UK dates and other headings the same as the rows it was written from, and passes on no other column', () => {
    const people = generateSyntheticExtract({ count: 60, seed: 'extract-rows', asOf: '2026-04-01' });
    const headings = ['Client ID', 'Name', 'NHS number', 'Cohort', 'Main cohort', 'Date of first contact', 'Latest assessment', 'Last review', 'Age group', 'Sex', 'Ethnic group', 'Disability', 'Religion or belief', 'Sexual orientation', 'Gender identity', 'Risk flags', 'Consent', 'Worker role', 'Team'];
    const label = (field: keyof typeof PROTECTED_CHARACTERISTICS, value: string | undefined): string => (value === undefined ? '' : ((PROTECTED_CHARACTERISTICS[field].valueLabels as Readonly<Record<string, string>>)[value] ?? value));
    const grid = [
      headings,
      ...people.map((person, index) => [
        person.localPersonId,
        `Person ${index}`,
        `943 476 ${String(5900 + index)}`,
        person.cohorts.map((cohort: CohortId) => COHORT_LABELS[cohort]).join('; '),
        person.primaryCohort ?? '',
        ukDate(person.firstContactDate),
        ukDate(person.assessmentDate),
        person.reviewDate === undefined ? '' : ukDate(person.reviewDate),
        label('ageBand', person.ageBand),
        label('sex', person.sex),
        label('ethnicity', person.ethnicity),
        label('disability', person.disability),
        label('religion', person.religion),
        label('sexualOrientation', person.sexualOrientation),
        label('genderReassignment', person.genderReassignment),
        person.higherRiskFlags.map((flag: HigherRiskFlagId) => HIGHER_RISK_FLAG_LABELS[flag]).join('; '),
        person.consentToContact ?? '',
        person.leadProfessionalRole ?? '',
        person.team ?? '',
      ]),
    ];
    const extract = readExtractTable(tableOf(grid));
    expect(extract.missingColumns).toEqual([]);
    expect(extract.problems).toEqual([]);
    expect(extract.ignoredHeadings).toEqual(['Name', 'NHS number']);
    expect(extract.rowNumbers).toEqual(people.map((_, index) => index + 2));
    expect(extract.headingOf.get('localPersonId')).toBe('Client ID');
    expect(extract.rows.map((row) => personExtractRowSchema.parse(row))).toEqual(people.map((person) => personExtractRowSchema.parse(person)));
    const sent = JSON.stringify(extract.rows);
    expect(sent).not.toContain('Person 1');
    expect(sent).not.toContain('943 476');
  });

  it('reads the ids themselves, in ISO dates, as well as labels', () => {
    const people = generateSyntheticExtract({ count: 20, seed: 'extract-ids', asOf: '2026-04-01' });
    const fields = EXTRACT_TABLE_COLUMNS.map((column) => column.field);
    const grid = [
      EXTRACT_TABLE_COLUMNS.map((column) => column.heading),
      ...people.map((person) => fields.map((field) => {
        const value: unknown = person[field];
        return Array.isArray(value) ? value.join('; ') : typeof value === 'string' ? value : '';
      })),
    ];
    const extract = readExtractTable(tableOf(grid));
    expect(extract.problems).toEqual([]);
    expect(extract.ignoredHeadings).toEqual([]);
    expect(extract.rows.map((row) => personExtractRowSchema.parse(row))).toEqual(people.map((person) => personExtractRowSchema.parse(person)));
  });

  it('names the required columns a file lacks, and reads no rows', () => {
    const extract = readExtractTable(tableOf([['Person id', 'Name', 'Assessment date'], ['P1', 'Ann', '2026-01-05']]));
    expect(extract.missingColumns).toEqual(['Cohorts', 'First contact date']);
    expect(extract.rows).toEqual([]);
    expect(extract.rowNumbers).toEqual([]);
    expect(extract.problems).toEqual([]);
  });

  it('matches headings whatever their case, spacing or punctuation, and ignores a second column for a field', () => {
    const extract = readExtractTable(tableOf([['person_id', 'COHORTS', 'first-contact-date', 'assessmentDate', 'Latest assessment'], ['P1', 'CT02', '2025-01-01', '2026-01-05', '2026-02-01']]));
    expect(extract.missingColumns).toEqual([]);
    expect(extract.ignoredHeadings).toEqual(['Latest assessment']);
    expect(extract.rows).toEqual([{ localPersonId: 'P1', cohorts: ['CT02'], firstContactDate: '2025-01-01', assessmentDate: '2026-01-05', higherRiskFlags: [] }]);
  });

  it('keeps a value it cannot match as typed, and names each problem by its row, heading and cell', () => {
    const extract = readExtractTable(
      tableOf([
        ['Person id', 'Cohorts', 'First contact', 'Assessment date', 'Consent'],
        ['P1', 'CT01, Unpaid carers', 'last year', '5 January 2026', 'yes'],
        ['P2', 'CT99', '2025-01-01', '2026-01-05', 'maybe'],
        ['P3', 'CT01', '2025-01-01', '', 'no'],
      ]),
    );
    expect(extract.rows).toEqual([
      { localPersonId: 'P1', cohorts: ['CT01', 'CT07'], firstContactDate: 'last year', assessmentDate: '2026-01-05', higherRiskFlags: [], consentToContact: 'given' },
      { localPersonId: 'P2', cohorts: ['CT99'], firstContactDate: '2025-01-01', assessmentDate: '2026-01-05', higherRiskFlags: [], consentToContact: 'maybe' },
      { localPersonId: 'P3', cohorts: ['CT01'], firstContactDate: '2025-01-01', higherRiskFlags: [], consentToContact: 'refused' },
    ]);
    expect(extract.rowNumbers).toEqual([2, 3, 4]);
    expect(extract.headingOf.get('firstContactDate')).toBe('First contact');
    // Row 4 has no assessment date: the proposal leaves it out as not assessed, so it is no problem here.
    expect(extract.problems.map(({ rowNumber, field, heading, cell }) => ({ rowNumber, field, heading, cell }))).toEqual([
      { rowNumber: 2, field: 'firstContactDate', heading: 'First contact', cell: 'last year' },
      { rowNumber: 3, field: 'cohorts', heading: 'Cohorts', cell: 'CT99' },
      { rowNumber: 3, field: 'consentToContact', heading: 'Consent', cell: 'maybe' },
    ]);
    expect(extract.problems.every((problem) => problem.message.length > 0)).toBe(true);
  });

  it('reports a primary cohort that is not among the cohorts', () => {
    const extract = readExtractTable(tableOf([['Person id', 'Cohorts', 'Main cohort', 'First contact date', 'Assessment date'], ['P1', 'CT01', 'Unpaid carers', '01/01/2025', '05/01/2026']]));
    expect(extract.rows[0]).toMatchObject({ primaryCohort: 'CT07' });
    expect(extract.problems).toEqual([{ rowNumber: 2, field: 'primaryCohort', heading: 'Main cohort', cell: 'Unpaid carers', message: 'the primary cohort must be one of the cohorts listed' }]);
  });

  it('tells the caller after each row it reads', () => {
    const seen: number[] = [];
    readExtractTable(tableOf([['Person id', 'Cohorts', 'First contact date', 'Assessment date'], ['P1', 'CT01', '2025-01-01', '2026-01-05'], ['P2', 'CT02', '2025-01-01', '2026-01-05']]), { onRow: (rowNumber) => seen.push(rowNumber) });
    expect(seen).toEqual([2, 3]);
  });
});
