import { PERSONAL_DATA_MESSAGES } from './messages.js';
import type { PersonalDataColumnKind } from './personal-data-kinds.js';

/** A column whose name says it holds personal data. */
export interface PersonalDataColumnFinding {
  /** Position of the column in the list of names given. */
  readonly columnIndex: number;
  /** The column name as given. */
  readonly name: string;
  /** What the column appears to hold. */
  readonly kind: PersonalDataColumnKind;
  /** Plain English, for a council officer. */
  readonly message: string;
}

interface ColumnRule {
  readonly kind: PersonalDataColumnKind;
  /** Whole words of the column name that announce the kind. */
  readonly words: readonly string[];
  /** Runs of words (written without spaces) that announce it anywhere in the name. */
  readonly compact: readonly string[];
}

/*
 * Order matters: "email address" is an email column, not an address column, and "NHS number"
 * is not a phone column because it says "number".
 */
const COLUMN_RULES: readonly ColumnRule[] = [
  { kind: 'email-address', words: ['email', 'emailaddress'], compact: ['email', 'emailaddress'] },
  { kind: 'nhs-number', words: [], compact: ['nhsnumber', 'nhsno', 'nhsnum', 'nhsid', 'chinumber', 'hcnumber'] },
  {
    kind: 'national-insurance-number',
    words: ['nino'],
    compact: ['nationalinsurance', 'ninumber', 'nino', 'ninum', 'nationalinsno'],
  },
  { kind: 'date-of-birth', words: ['dob', 'birthday'], compact: ['dateofbirth', 'birthdate', 'dob'] },
  { kind: 'postcode', words: ['postcode', 'zip'], compact: ['postcode', 'postalcode', 'zipcode'] },
  {
    kind: 'phone-number',
    words: ['phone', 'telephone', 'tel', 'mobile', 'mob', 'landline', 'cellphone'],
    compact: ['phonenumber', 'telephone', 'mobilenumber', 'contactnumber', 'telno', 'phoneno'],
  },
  {
    kind: 'address',
    words: ['address', 'addr', 'street'],
    compact: ['addressline', 'homeaddress', 'streetaddress', 'housenumber', 'housename'],
  },
  {
    kind: 'personal-name',
    words: ['name', 'forename', 'forenames', 'surname', 'surnames', 'firstname', 'lastname', 'fullname'],
    compact: [
      'firstname',
      'forename',
      'surname',
      'lastname',
      'familyname',
      'givenname',
      'fullname',
      'middlename',
      'maidenname',
      'preferredname',
      'knownas',
      'personname',
      'clientname',
      'patientname',
      'customername',
      'residentname',
      'carername',
      'serviceusername',
    ],
  },
];

/** Words before "name" that make it something other than a person's name. */
const NON_PERSONAL_NAME_QUALIFIERS = new Set([
  'team',
  'service',
  'provider',
  'organisation',
  'organization',
  'file',
  'cohort',
  'field',
  'column',
  'scheme',
  'project',
  'user',
  'host',
  'domain',
  'product',
  'document',
  'ward',
  'hospital',
  'practice',
  'gp',
  'area',
  'locality',
  'council',
  'authority',
  'role',
  'setting',
]);

function wordsOf(columnName: string): string[] {
  return columnName
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** What personal data a single column name announces, if any. */
export function personalDataKindOfColumnName(columnName: string): PersonalDataColumnKind | undefined {
  const words = wordsOf(columnName);
  if (words.length === 0) return undefined;
  const compact = words.join('');
  for (const rule of COLUMN_RULES) {
    const byWord = words.some((word) => rule.words.includes(word));
    const byCompact = rule.compact.some((run) => compact.includes(run));
    if (!byWord && !byCompact) continue;
    if (rule.kind === 'personal-name' && !byCompact) {
      const nameIndex = words.indexOf('name');
      const qualifier = nameIndex > 0 ? words[nameIndex - 1] : undefined;
      if (qualifier !== undefined && NON_PERSONAL_NAME_QUALIFIERS.has(qualifier)) continue;
    }
    if (rule.kind === 'phone-number' && words.includes('mobile') && words.includes('team')) continue;
    return rule.kind;
  }
  if (words.includes('nhs') && (words.length === 1 || words.includes('no'))) return 'nhs-number';
  if (words.includes('ni') && words.some((word) => word === 'no' || word === 'number' || word === 'num')) {
    return 'national-insurance-number';
  }
  return undefined;
}

/**
 * Flags the columns whose names say they hold personal data (name, first name, surname,
 * forename, address, NHS number, NI number, date of birth, DOB, postcode, phone, mobile, email,
 * in any case or spelling style: `dateOfBirth`, `DATE_OF_BIRTH`, `Date of birth`). Use it on the
 * header of anything about to leave the council.
 *
 * @example
 * findPersonalDataInColumnNames(['pseudonymisedId', 'Surname', 'dob']);
 * // [{ columnIndex: 1, kind: 'personal-name', ... }, { columnIndex: 2, kind: 'date-of-birth', ... }]
 */
export function findPersonalDataInColumnNames(names: readonly string[]): PersonalDataColumnFinding[] {
  const findings: PersonalDataColumnFinding[] = [];
  names.forEach((name, columnIndex) => {
    const kind = personalDataKindOfColumnName(name);
    if (kind !== undefined) findings.push({ columnIndex, name, kind, message: PERSONAL_DATA_MESSAGES.column(name, kind) });
  });
  return findings;
}
