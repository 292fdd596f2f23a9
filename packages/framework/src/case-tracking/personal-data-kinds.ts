/** The kinds of personal data the scanners look for in free text. */
export const PERSONAL_DATA_KIND_IDS = [
  'nhs-number',
  'national-insurance-number',
  'postcode',
  'date-of-birth',
  'phone-number',
  'email-address',
  'personal-name',
] as const;
/** A kind of personal data found in free text. */
export type PersonalDataKind = (typeof PERSONAL_DATA_KIND_IDS)[number];

/** The kinds of personal data a column name can announce: the text kinds plus addresses. */
export const PERSONAL_DATA_COLUMN_KIND_IDS = [...PERSONAL_DATA_KIND_IDS, 'address'] as const;
/** A kind of personal data a column may hold. */
export type PersonalDataColumnKind = (typeof PERSONAL_DATA_COLUMN_KIND_IDS)[number];

/** How each kind is named in a sentence ("looks like an NHS number"). */
export const PERSONAL_DATA_KIND_LABELS = {
  'nhs-number': 'an NHS number',
  'national-insurance-number': 'a National Insurance number',
  postcode: 'a postcode',
  'date-of-birth': 'a date of birth',
  'phone-number': 'a phone number',
  'email-address': 'an email address',
  'personal-name': "a person's name",
  address: 'an address',
} as const satisfies Readonly<Record<PersonalDataColumnKind, string>>;
