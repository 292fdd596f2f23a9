import { COHORT_LABELS, HIGHER_RISK_FLAG_LABELS, PROTECTED_CHARACTERISTICS, type PersonExtractRow } from '@asc-assure/framework';
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';

/*
 * A council's extract of people as its case management system would write it: the case-tracking
 * columns with their labels and UK dates, beside the names, NHS numbers, dates of birth and
 * addresses a real extract carries, which must never reach the API or the case list.
 */

const FIRST_NAMES = ['Margaret', 'David', 'Aisha', 'Graham', 'Priya', 'Eileen', 'Tomasz', 'Joyce', 'Kwame', 'Siobhan', 'Harold', 'Niamh'];
const LAST_NAMES = ['Thompson', 'Okafor', 'Hughes', 'Patel', 'Kowalski', 'Llewellyn', 'Brennan', 'Ahmed', 'Fairbairn', 'Mensah', 'Whitworth'];

/** A valid NHS number (modulus 11 check digit), written as people write it: "943 476 5919". */
export function nhsNumberFor(index: number): string {
  for (let base = 943_476_000 + index * 7; ; base += 1) {
    const digits = String(base).split('').map(Number);
    const remainder = digits.reduce((sum, digit, position) => sum + digit * (10 - position), 0) % 11;
    const check = remainder === 0 ? 0 : 11 - remainder;
    if (check === 10) continue;
    const number = `${base}${check}`;
    return `${number.slice(0, 3)} ${number.slice(3, 6)} ${number.slice(6)}`;
  }
}

/** The personal details of the extract's person `index`. */
export function personalDetailsFor(index: number): { readonly name: string; readonly nhsNumber: string; readonly dateOfBirth: string; readonly address: string } {
  return {
    name: `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[(index * 7) % LAST_NAMES.length]}`,
    nhsNumber: nhsNumberFor(index),
    dateOfBirth: `${String((index % 28) + 1).padStart(2, '0')}/0${(index % 9) + 1}/19${40 + (index % 50)}`,
    address: `${index + 1} Station Road, Taunton TA1 ${(index % 9) + 1}AB`,
  };
}

const HEADINGS = ['Client ID', 'Name', 'NHS number', 'Date of birth', 'Address', 'Cohort', 'Main cohort', 'Date of first contact', 'Latest assessment', 'Last review', 'Age group', 'Sex', 'Ethnic group', 'Disability', 'Religion or belief', 'Sexual orientation', 'Gender identity', 'Risk flags', 'Consent', 'Worker role', 'Team'];
const DATE_COLUMNS = new Set(['Date of first contact', 'Latest assessment', 'Last review']);

const ukDate = (iso: string | undefined): string => (iso === undefined ? '' : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`);
const labelOf = (field: keyof typeof PROTECTED_CHARACTERISTICS, value: string | undefined): string => (value === undefined ? '' : ((PROTECTED_CHARACTERISTICS[field].valueLabels as Readonly<Record<string, string>>)[value] ?? value));

/** The extract as a grid: headings, then one row per person. */
export function extractGrid(people: readonly PersonExtractRow[]): string[][] {
  return [
    HEADINGS,
    ...people.map((person, index) => {
      const details = personalDetailsFor(index);
      return [
        person.localPersonId,
        details.name,
        details.nhsNumber,
        details.dateOfBirth,
        details.address,
        person.cohorts.map((cohort) => COHORT_LABELS[cohort]).join('; '),
        person.primaryCohort ?? '',
        ukDate(person.firstContactDate),
        ukDate(person.assessmentDate),
        ukDate(person.reviewDate),
        labelOf('ageBand', person.ageBand),
        labelOf('sex', person.sex),
        labelOf('ethnicity', person.ethnicity),
        labelOf('disability', person.disability),
        labelOf('religion', person.religion),
        labelOf('sexualOrientation', person.sexualOrientation),
        labelOf('genderReassignment', person.genderReassignment),
        person.higherRiskFlags.map((flag) => HIGHER_RISK_FLAG_LABELS[flag]).join('; '),
        person.consentToContact ?? '',
        person.leadProfessionalRole ?? '',
        person.team ?? '',
      ];
    }),
  ];
}

const csvField = (field: string): string => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/** Writes a grid as CSV (UTF-8, CRLF, as Excel saves it). */
export async function writeCsv(path: string, grid: readonly (readonly string[])[]): Promise<void> {
  await writeFile(path, `${grid.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`);
}

/** Writes the extract as an Excel workbook, its dates as Excel dates (shown day first). */
export async function writeExtractWorkbook(path: string, grid: readonly (readonly string[])[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Extract');
  const [headings = [], ...rows] = grid;
  sheet.addRow([...headings]);
  for (const row of rows) {
    sheet.addRow(
      row.map((cell, column) => {
        if (!DATE_COLUMNS.has(headings[column] ?? '') || cell === '') return cell;
        const [day, month, year] = cell.split('/').map(Number);
        return new Date(Date.UTC(year!, month! - 1, day));
      }),
    );
  }
  for (const [index, heading] of headings.entries()) if (DATE_COLUMNS.has(heading)) sheet.getColumn(index + 1).numFmt = 'dd/mm/yyyy';
  await workbook.xlsx.writeFile(path);
}
