import {
  COMMON_UK_FORENAMES,
  COMMON_UK_SURNAMES,
  FORENAMES_THAT_ARE_COMMON_WORDS,
  NOT_SURNAMES_AFTER_FORENAME,
} from './common-names.js';
import { daysInMonth } from '../calendar/iso-date.js';
import { PERSONAL_DATA_MESSAGES } from './messages.js';
import { personalDataKindOfColumnName } from './personal-data-column-names.js';
import type { PersonalDataKind } from './personal-data-kinds.js';
import {
  isValidNhsNumber,
  NATIONAL_INSURANCE_NUMBER_PATTERN,
  UK_POSTCODE_PATTERN,
  UNALLOCATED_NATIONAL_INSURANCE_PREFIXES,
} from './uk-identifiers.js';

/** One piece of personal data found in a text. */
export interface PersonalDataMatch {
  readonly kind: PersonalDataKind;
  /** Offset of the first character, in UTF-16 code units as JavaScript counts them. */
  readonly start: number;
  /** Offset just after the last character. */
  readonly end: number;
  /** The text found, masked so that showing it does not repeat the disclosure ("943 *** ****"). */
  readonly value: string;
  /** Plain English, for a council officer. */
  readonly message: string;
}

/** Where the text comes from, when that changes what counts as personal data. */
export interface FindPersonalDataOptions {
  /**
   * The column or field the text sits in. In a column named like a date of birth (`dob`,
   * `Date of birth`) any full date is reported, not only dates near words like "born".
   */
  readonly columnName?: string;
}

interface Candidate {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** When two findings overlap, the longer wins; at equal length, the earlier kind here. */
const KIND_PRIORITY: readonly PersonalDataKind[] = [
  'email-address',
  'nhs-number',
  'national-insurance-number',
  'phone-number',
  'date-of-birth',
  'postcode',
  'personal-name',
];

/* Digits glued to letters are a reference code, not an NHS number ("P-7QK9434765919X"). */
const NHS_NUMBER = /(?<![\dA-Za-z])\d{3}([ -]?)\d{3}\1\d{4}(?![\dA-Za-z])/g;
const NATIONAL_INSURANCE_NUMBER = new RegExp(`(?<![A-Za-z0-9])${NATIONAL_INSURANCE_NUMBER_PATTERN}(?![A-Za-z0-9])`, 'gi');
const POSTCODE = new RegExp(`(?<![A-Za-z0-9])${UK_POSTCODE_PATTERN}(?![A-Za-z0-9])`, 'gi');
const EMAIL_ADDRESS = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z])/g;

const GAP = '[ -]?';
/*
 * UK numbers as people write them: 11 digits from 0 (020 7946 0000, 0161 496 0000,
 * 07700 900123, 01632 960000), the few 10-digit area numbers, the area code in brackets, or +44
 * with or without (0). Writing the groupings out keeps a year or a reference number that follows
 * from being swallowed.
 */
const NATIONAL_PHONE = [
  `0[1235789]\\d${GAP}\\d{4}${GAP}\\d{4}`,
  `0[1235789]\\d{2}${GAP}\\d{3}${GAP}\\d{4}`,
  `0[1235789]\\d{3}${GAP}\\d{6}`,
  `0[1235789]\\d{3}${GAP}\\d{3}${GAP}\\d{3}`,
  `0[1235789]\\d{3}${GAP}\\d{5}`,
  `0[1235789]\\d{2}${GAP}\\d{3}${GAP}\\d{3}`,
  `\\(0[1235789]\\d\\)\\s?\\d{4}${GAP}\\d{4}`,
  `\\(0[1235789]\\d{2}\\)\\s?\\d{3}${GAP}\\d{4}`,
  `\\(0[1235789]\\d{3}\\)\\s?\\d{5,6}`,
  `\\(0[1235789]\\d{3}\\)\\s?\\d{3}${GAP}\\d{3}`,
].join('|');
const INTERNATIONAL_PHONE = `\\+44\\s?(?:\\(0\\)\\s?)?(?:[1235789]\\d${GAP}\\d{4}${GAP}\\d{4}|[1235789]\\d{2}${GAP}\\d{3}${GAP}\\d{4}|[1235789]\\d{3}${GAP}\\d{6}|[1235789]\\d{3}${GAP}\\d{3}${GAP}\\d{3}|[1235789]\\d{3}${GAP}\\d{5})`;
const PHONE_NUMBER = new RegExp(`(?<![\\dA-Za-z+])(?:${INTERNATIONAL_PHONE}|${NATIONAL_PHONE})(?![\\dA-Za-z])`, 'g');

const MONTH_NAMES =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g;
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\w])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES})\\.?,?\\s+(\\d{4})(?!\\d)`,
  'gi',
);
const MONTH_DAY_YEAR = new RegExp(`(?<![\\w])(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gi');
const BIRTH_WORDS_BEFORE = /(?:\bd\.?\s?o\.?\s?b\b|\bdate\s+of\s+birth\b|\bbirth\s?date\b|\bborn\b|\bbirthday\b|\baged\b)/i;
/** After a date only the label forms count ("12/03/1956 (DOB)"); "aged" there starts a new thought. */
const BIRTH_WORDS_AFTER = /(?:\bd\.?\s?o\.?\s?b\b|\bdate\s+of\s+birth\b|\bbirth\s?date\b|\bbirthday\b)/i;
/** How far around a date to look for a word like "born", in characters. */
const BIRTH_CONTEXT_BEFORE = 40;
const BIRTH_CONTEXT_AFTER = 20;

const lowerSet = (names: readonly string[]): ReadonlySet<string> => new Set(names.map((name) => name.toLowerCase()));
const FORENAMES = lowerSet(COMMON_UK_FORENAMES);
const SURNAMES = lowerSet(COMMON_UK_SURNAMES);
const AMBIGUOUS_FORENAMES = lowerSet(FORENAMES_THAT_ARE_COMMON_WORDS);
const NOT_SURNAMES = lowerSet(NOT_SURNAMES_AFTER_FORENAME);
/** Titles in the cases people write them; "MS" and "DR" in capitals are left out (multiple sclerosis, "DR" codes). */
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'MR', 'MRS', 'MISS']);
const CAPITALISED_WORD = /(?<![A-Za-z'’])[A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]*)*(?![A-Za-z])/g;

/**
 * Finds personal data in free text, so it can be removed before a case-tracking list (or any
 * export) leaves the council. It looks for:
 *
 * - NHS numbers: ten digits, grouped 3-3-4 by spaces or dashes or not at all, with a valid
 *   modulus 11 check digit (a wrong check digit is not reported);
 * - National Insurance numbers: two letters HMRC allocates, six digits, a suffix A-D;
 * - full UK postcodes, including GIR 0AA (outward codes alone, "SW1A", are not reported);
 * - dates of birth: a full date (12/03/1956, 12-03-1956, 12 March 1956, 1956-03-12) near a word
 *   like DOB, born, date of birth or aged; and any full date in a column named like a date of birth;
 * - UK phone numbers (01..., 02..., 03..., 07..., +44 ...), with spaces as people write them;
 * - email addresses;
 * - personal names: a title (Mr, Mrs, Ms, Miss, Mx, Dr) before a capitalised word, and a common
 *   UK forename followed by a capitalised surname (from the lists in `common-names.ts`).
 *
 * The name scanner is a safety net, not a guarantee: it misses names not on its lists ("Okonkwo
 * said"), a surname on its own ("Patel was seen"), names in lower case, and may flag a place or
 * service named after a person ("Florence Nightingale"). A person must still read what is sent.
 *
 * @example
 * findPersonalData('Mrs Patel, NHS no 943 476 5919, lives at SW1A 1AA');
 * // [{ kind: 'personal-name', value: 'Mrs P****' }, { kind: 'nhs-number', value: '943 *** ****' },
 * //  { kind: 'postcode', value: 'SW1A ***' }]
 */
export function findPersonalData(text: string, options: FindPersonalDataOptions = {}): PersonalDataMatch[] {
  if (text.length === 0) return [];
  const inBirthDateColumn =
    options.columnName !== undefined && personalDataKindOfColumnName(options.columnName) === 'date-of-birth';
  const candidates = [
    ...findEmailAddresses(text),
    ...findNhsNumbers(text),
    ...findNationalInsuranceNumbers(text),
    ...findPhoneNumbers(text),
    ...findDatesOfBirth(text, inBirthDateColumn),
    ...findPostcodes(text),
    ...findPersonalNames(text),
  ];
  return resolveOverlaps(candidates).map((candidate) => {
    const value = mask(candidate);
    return { ...candidate, value, message: PERSONAL_DATA_MESSAGES.found(candidate.kind, value) };
  });
}

function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind) ||
      a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    yield match;
    if (match[0].length === 0) pattern.lastIndex++;
  }
}

function candidate(kind: PersonalDataKind, match: RegExpExecArray): Candidate {
  return { kind, start: match.index, end: match.index + match[0].length, value: match[0] };
}

function findNhsNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(NHS_NUMBER, text)) {
    if (!isValidNhsNumber(match[0]) || /^0+$/.test(match[0].replace(/\D/g, ''))) continue;
    found.push(candidate('nhs-number', match));
  }
  return found;
}

function findNationalInsuranceNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(NATIONAL_INSURANCE_NUMBER, text)) {
    if (UNALLOCATED_NATIONAL_INSURANCE_PREFIXES.includes(match[0].slice(0, 2).toUpperCase())) continue;
    found.push(candidate('national-insurance-number', match));
  }
  return found;
}

function findPostcodes(text: string): Candidate[] {
  return [...matchesOf(POSTCODE, text)].map((match) => candidate('postcode', match));
}

function findEmailAddresses(text: string): Candidate[] {
  return [...matchesOf(EMAIL_ADDRESS, text)].map((match) => candidate('email-address', match));
}

function findPhoneNumbers(text: string): Candidate[] {
  return [...matchesOf(PHONE_NUMBER, text)].map((match) => candidate('phone-number', match));
}

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()] ?? 0;
}

function isPlausibleDate(day: number, month: number, yearText: string): boolean {
  const year = Number(yearText);
  if (yearText.length === 4 && (year < 1880 || year > 2100)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(yearText.length === 4 ? year : 2000 + year, month);
}

function findDatesOfBirth(text: string, inBirthDateColumn: boolean): Candidate[] {
  const dates: Candidate[] = [];
  for (const match of matchesOf(NUMERIC_DATE, text)) {
    if (isPlausibleDate(Number(match[1]), Number(match[3]), match[4] ?? '')) dates.push(candidate('date-of-birth', match));
  }
  for (const match of matchesOf(ISO_DATE, text)) {
    if (isPlausibleDate(Number(match[3]), Number(match[2]), match[1] ?? '')) dates.push(candidate('date-of-birth', match));
  }
  for (const match of matchesOf(DAY_MONTH_YEAR, text)) {
    if (isPlausibleDate(Number(match[1]), monthNumber(match[2] ?? ''), match[3] ?? '')) {
      dates.push(candidate('date-of-birth', match));
    }
  }
  for (const match of matchesOf(MONTH_DAY_YEAR, text)) {
    if (isPlausibleDate(Number(match[2]), monthNumber(match[1] ?? ''), match[3] ?? '')) {
      dates.push(candidate('date-of-birth', match));
    }
  }
  if (inBirthDateColumn) return dates;
  dates.sort((a, b) => a.start - b.start);
  // A birth word belongs to the nearest date: "born 12 March 1956, assessed 12/03/2024" flags one date.
  return dates.filter((date, index) => {
    const previousEnd = dates[index - 1]?.end ?? 0;
    const nextStart = dates[index + 1]?.start ?? text.length;
    const before = text.slice(Math.max(previousEnd, date.start - BIRTH_CONTEXT_BEFORE), date.start);
    const after = text.slice(date.end, Math.min(nextStart, date.end + BIRTH_CONTEXT_AFTER));
    return BIRTH_WORDS_BEFORE.test(before) || BIRTH_WORDS_AFTER.test(after);
  });
}

interface Word {
  readonly text: string;
  /** Lower case, without a possessive 's. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

function capitalisedWords(text: string): Word[] {
  return [...matchesOf(CAPITALISED_WORD, text)].map((match) => ({
    text: match[0],
    key: match[0].replace(/['’]s$/, '').replace(/’/g, "'").toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** A word that can be a surname: mixed case like a name, or a known surname in capitals. */
function looksLikeSurname(word: Word): boolean {
  if (NOT_SURNAMES.has(word.key) || word.key.length < 2) return false;
  return SURNAMES.has(word.key) || /[a-z]/.test(word.text);
}

/** A known surname that is not also the name of a place or service ("Ward", "Court"). */
function isKnownSurname(word: Word): boolean {
  return SURNAMES.has(word.key) && !NOT_SURNAMES.has(word.key);
}

function findPersonalNames(text: string): Candidate[] {
  const words = capitalisedWords(text);
  const found: Candidate[] = [];
  const adjacent = (left: Word, right: Word | undefined, allowDot = false): right is Word =>
    right !== undefined && (allowDot ? /^\.? $/ : /^ $/).test(text.slice(left.end, right.start));
  let index = 0;
  while (index < words.length) {
    const first = words[index] as Word;
    const second = words[index + 1];
    let last: Word | undefined;
    if (TITLES.has(first.text) && adjacent(first, second, true) && looksLikeSurname(second)) {
      last = second;
    } else if (FORENAMES.has(first.key) && adjacent(first, second)) {
      if (isKnownSurname(second)) last = second;
      else if (!AMBIGUOUS_FORENAMES.has(first.key) && looksLikeSurname(second)) last = second;
    } else if (first.text.length === 1 && adjacent(first, second, true) && isKnownSurname(second)) {
      const withDot = text[first.end] === '.';
      if (withDot || (first.text !== 'A' && first.text !== 'I')) last = second;
    }
    if (last === undefined) {
      index++;
      continue;
    }
    let lastIndex = index + 1;
    const third = words[lastIndex + 1];
    if (adjacent(last, third) && (isKnownSurname(third) || (FORENAMES.has(last.key) && looksLikeSurname(third)))) {
      last = third;
      lastIndex++;
    }
    found.push({ kind: 'personal-name', start: first.start, end: last.end, value: text.slice(first.start, last.end) });
    index = lastIndex + 1;
  }
  return found;
}

function maskCharacters(value: string, keepAlphanumerics: number): string {
  let kept = 0;
  return value.replace(/[A-Za-z0-9]/g, (character) => (kept++ < keepAlphanumerics ? character : '*'));
}

function mask(found: Candidate): string {
  const { value } = found;
  switch (found.kind) {
    case 'nhs-number':
      return maskCharacters(value, 3);
    case 'date-of-birth':
      return maskCharacters(value, 2);
    case 'national-insurance-number':
      return maskCharacters(value, 2);
    case 'phone-number':
      return maskCharacters(value, 4);
    case 'postcode': {
      const compact = value.replace(/\s/g, '');
      return `${compact.slice(0, -3).toUpperCase()} ***`;
    }
    case 'email-address': {
      const at = value.indexOf('@');
      return `${value.slice(0, 1)}***${value.slice(at)}`;
    }
    case 'personal-name':
      return value
        .split(/(\s+|\.\s*)/)
        .map((part) => (TITLES.has(part) || !/[A-Za-z]/.test(part) ? part : `${part.slice(0, 1)}${'*'.repeat(part.length - 1)}`))
        .join('');
  }
}
