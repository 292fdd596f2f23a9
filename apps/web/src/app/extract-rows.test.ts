import { COHORT_LABELS, HIGHER_RISK_FLAG_LABELS, PROTECTED_CHARACTERISTICS, personExtractRowSchema, type CohortId, type HigherRiskFlagId } from '@asc-assure/framework';
import { generateSyntheticExtract } from '@asc-assure/framework/testing';
import { describe, expect, it } from 'vitest';
import { extractRowsFromTable, isoDateFromCell } from './extract-rows.js';
import { tableFromGrid } from './table-file.js';

const ukDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

describe("reading a council's extract of people for the case-list proposal", () => {
  it('reads an extract written with labels, UK dates and other headings the same as the rows it was written from, and sends no other column', () => {
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
    const extract = extractRowsFromTable(tableFromGrid(grid));
    expect(extract.missingColumns).toEqual([]);
    expect(extract.ignoredHeadings).toEqual(['Name', 'NHS number']);
    expect(extract.rowNumbers).toEqual(people.map((_, index) => index + 2));
    expect(extract.rows.map((row) => personExtractRowSchema.parse(row))).toEqual(people.map((person) => personExtractRowSchema.parse(person)));
    const sent = JSON.stringify(extract.rows);
    expect(sent).not.toContain('Person 1');
    expect(sent).not.toContain('943 476');
  });

  it('names the required columns a file lacks', () => {
    const extract = extractRowsFromTable(tableFromGrid([['Person id', 'Name', 'Assessment date'], ['P1', 'Ann', '2026-01-05']]));
    expect(extract.missingColumns).toEqual(['Cohorts', 'First contact date']);
    expect(extract.rows).toEqual([]);
  });

  it('sends a value it cannot match as typed, for the API to say what is wrong with it', () => {
    const extract = extractRowsFromTable(tableFromGrid([['Person id', 'Cohorts', 'First contact', 'Assessment date', 'Consent'], ['P1', 'CT01, Unpaid carers', 'last year', '5 January 2026', 'yes'], ['P2', 'CT99', '2025-01-01', '2026-01-05', 'maybe']]));
    expect(extract.rows).toEqual([
      { localPersonId: 'P1', cohorts: ['CT01', 'CT07'], firstContactDate: 'last year', assessmentDate: '2026-01-05', higherRiskFlags: [], consentToContact: 'given' },
      { localPersonId: 'P2', cohorts: ['CT99'], firstContactDate: '2025-01-01', assessmentDate: '2026-01-05', higherRiskFlags: [], consentToContact: 'maybe' },
    ]);
    expect(extract.headingOf.get('firstContactDate')).toBe('First contact');
  });

  it('writes the dates people type as YYYY-MM-DD', () => {
    expect(isoDateFromCell('2026-04-01')).toBe('2026-04-01');
    expect(isoDateFromCell('2026-04-01T00:00:00Z')).toBe('2026-04-01');
    expect(isoDateFromCell('1/4/2026')).toBe('2026-04-01');
    expect(isoDateFromCell('1st April 2026')).toBe('2026-04-01');
    expect(isoDateFromCell('1 Sept 2026')).toBe('2026-09-01');
    expect(isoDateFromCell(' soon ')).toBe('soon');
  });
});
