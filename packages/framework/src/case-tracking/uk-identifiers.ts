/*
 * Validators of UK personal identifiers, as their issuers define them. They decide whether a
 * string *is* such an identifier; `findPersonalData` uses them to decide whether a number seen
 * in free text is one.
 */

/**
 * Whether `text` is a valid NHS number: ten digits (spaces or dashes allowed between the
 * 3-3-4 groups) whose last digit is the modulus 11 check digit of the first nine. A number whose
 * check digit works out as 10 is never issued.
 *
 * @example
 * isValidNhsNumber('943 476 5919'); // true
 * isValidNhsNumber('943 476 5918'); // false: wrong check digit
 */
export function isValidNhsNumber(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += Number(digits[index]) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/**
 * National Insurance number prefixes HMRC never allocates (HMRC National Insurance Manual
 * NIM39110), on top of the letters barred from each position.
 */
export const UNALLOCATED_NATIONAL_INSURANCE_PREFIXES: readonly string[] = Object.freeze([
  'BG',
  'GB',
  'KN',
  'NK',
  'NT',
  'TN',
  'ZZ',
]);

/**
 * Regular expression source of a National Insurance number: a first letter other than D, F, I,
 * Q, U or V; a second letter other than D, F, I, O, Q, U or V; six digits (spaces allowed in
 * pairs); a suffix A to D. Match case-insensitively.
 */
export const NATIONAL_INSURANCE_NUMBER_PATTERN =
  '[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]';
const WHOLE_NATIONAL_INSURANCE_NUMBER = new RegExp(`^${NATIONAL_INSURANCE_NUMBER_PATTERN}$`);

/**
 * Whether `text` is a National Insurance number in the format HMRC allocates.
 *
 * @example
 * isValidNationalInsuranceNumber('AB 12 34 56 C'); // true
 * isValidNationalInsuranceNumber('GB123456A'); // false: GB is never allocated
 */
export function isValidNationalInsuranceNumber(text: string): boolean {
  const trimmed = text.trim().toUpperCase();
  if (!WHOLE_NATIONAL_INSURANCE_NUMBER.test(trimmed)) return false;
  return !UNALLOCATED_NATIONAL_INSURANCE_PREFIXES.includes(trimmed.slice(0, 2));
}

/**
 * Regular expression source of a UK postcode, from the pattern the government publishes for
 * postcodes (Bulk Data Transfer standard): outward code in the forms A9, A99, AA9, AA99, A9A and
 * AA9A with the letters each position may take, an optional space, an inward code of a digit and
 * two letters other than C, I, K, M, O and V; and the special GIR 0AA. Match case-insensitively.
 */
export const UK_POSTCODE_PATTERN =
  '(?:GIR\\s?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])\\s?[0-9][ABD-HJLNP-UW-Z]{2})';
const WHOLE_UK_POSTCODE = new RegExp(`^${UK_POSTCODE_PATTERN}$`, 'i');

/**
 * Whether `text` is a full UK postcode.
 *
 * @example
 * isValidUkPostcode('SW1A 1AA'); // true
 * isValidUkPostcode('GIR 0AA'); // true
 */
export function isValidUkPostcode(text: string): boolean {
  return WHOLE_UK_POSTCODE.test(text.trim());
}
