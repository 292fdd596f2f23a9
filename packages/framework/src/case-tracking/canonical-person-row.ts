import { isIsoDate } from '../calendar/iso-date.js';
import { COHORT_IDS } from '../ids.js';
import { CONSENT_TO_BE_CONTACTED_IDS } from './consent.js';
import { HIGHER_RISK_FLAG_IDS } from './higher-risk-flags.js';
import type { PersonExtractRow } from './person-extract-row.js';
import { PROTECTED_CHARACTERISTIC_FIELDS, PROTECTED_CHARACTERISTICS } from './protected-characteristics.js';

/*
 * A fast path for extracts of 100,000 rows: a row already in exactly the form
 * `personExtractRowSchema` outputs (trimmed text, cohorts and flags in catalogue order, no unknown
 * columns) is accepted as it is, without running the schema. Anything else, valid or not, goes
 * through the schema, which stays the one definition of a valid row: this only recognises rows
 * the schema would return unchanged, and a property test holds it to that.
 */

const KNOWN_FIELDS = new Set([
  'localPersonId',
  'cohorts',
  'primaryCohort',
  'firstContactDate',
  'assessmentDate',
  'reviewDate',
  ...PROTECTED_CHARACTERISTIC_FIELDS,
  'higherRiskFlags',
  'consentToContact',
  'leadProfessionalRole',
  'team',
]);
const COHORT_ORDER = new Map<unknown, number>(COHORT_IDS.map((cohort, index) => [cohort, index]));
const FLAG_ORDER = new Map<unknown, number>(HIGHER_RISK_FLAG_IDS.map((flag, index) => [flag, index]));
const CONSENT_IDS = new Set<unknown>(CONSENT_TO_BE_CONTACTED_IDS);
const CHARACTERISTIC_VALUES = PROTECTED_CHARACTERISTIC_FIELDS.map(
  (field) => [field, new Set<unknown>(PROTECTED_CHARACTERISTICS[field].valueIds)] as const,
);
function isCanonicalText(value: unknown, maximum: number): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= maximum && value.trim() === value;
}

function isOrderedList(value: unknown, order: ReadonlyMap<unknown, number>, minimum: number): boolean {
  if (!Array.isArray(value) || value.length < minimum) return false;
  let previous = -1;
  for (const item of value as readonly unknown[]) {
    const position = order.get(item);
    if (position === undefined || position <= previous) return false;
    previous = position;
  }
  return true;
}

/**
 * The row itself if it is already exactly what `personExtractRowSchema` would output for it;
 * `undefined` if the schema must decide.
 */
export function asCanonicalPersonExtractRow(row: unknown): PersonExtractRow | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return undefined;
  const fields = row as Readonly<Record<string, unknown>>;
  for (const key in fields) if (!KNOWN_FIELDS.has(key)) return undefined;
  if (!isCanonicalText(fields.localPersonId, 100)) return undefined;
  if (!isOrderedList(fields.cohorts, COHORT_ORDER, 1)) return undefined;
  const primary = fields.primaryCohort;
  if (primary !== undefined && !(fields.cohorts as readonly unknown[]).includes(primary)) return undefined;
  if (!isIsoDate(fields.firstContactDate) || !isIsoDate(fields.assessmentDate)) return undefined;
  if (fields.reviewDate !== undefined && !isIsoDate(fields.reviewDate)) return undefined;
  for (const [field, values] of CHARACTERISTIC_VALUES) {
    const value = fields[field];
    if (value !== undefined && !values.has(value)) return undefined;
  }
  if (!isOrderedList(fields.higherRiskFlags, FLAG_ORDER, 0)) return undefined;
  if (fields.consentToContact !== undefined && !CONSENT_IDS.has(fields.consentToContact)) return undefined;
  if (fields.leadProfessionalRole !== undefined && !isCanonicalText(fields.leadProfessionalRole, 200)) return undefined;
  if (fields.team !== undefined && !isCanonicalText(fields.team, 200)) return undefined;
  return row as PersonExtractRow;
}
