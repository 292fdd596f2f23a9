import { COHORT_IDS, type CohortId } from '../ids.js';
import { HIGHER_RISK_FLAG_IDS, type HigherRiskFlagId } from './higher-risk-flags.js';
import type { PersonExtractRow } from './person-extract-row.js';
import {
  PROTECTED_CHARACTERISTIC_FIELDS,
  PROTECTED_CHARACTERISTICS,
  type ProtectedCharacteristicField,
} from './protected-characteristics.js';
import { hashString53 } from '../seeded-random.js';

/*
 * The people of an extract as the selection sees them: every characteristic value and
 * higher-risk flag a small integer ("feature"), and people with the same features, cohorts and
 * primary cohort in one group, so choosing among 100,000 people means scanning a few tens of
 * thousands of groups held in typed arrays.
 */

/** What a feature number stands for. */
export type SelectionFeature =
  | { readonly type: 'characteristic'; readonly field: ProtectedCharacteristicField; readonly valueId: string }
  | { readonly type: 'higher-risk'; readonly flag: HigherRiskFlagId }
  | { readonly type: 'no-higher-risk' };

interface FeatureCatalogue {
  readonly features: readonly SelectionFeature[];
  /** Per characteristic field: its value ids' feature numbers, and the first of them. */
  readonly characteristicFeatures: readonly (readonly [ProtectedCharacteristicField, ReadonlyMap<string, number>, number])[];
  /** Feature number of the first flag; features from here on are the higher-risk dimension. */
  readonly firstFlagFeature: number;
  /** Feature number of "no higher-risk flag", so people not flagged are on the list too. */
  readonly noFlagFeature: number;
}

function buildFeatureCatalogue(): FeatureCatalogue {
  const features: SelectionFeature[] = [];
  const characteristicFeatures = PROTECTED_CHARACTERISTIC_FIELDS.map((field) => {
    const numbers = new Map<string, number>();
    const first = features.length;
    for (const valueId of PROTECTED_CHARACTERISTICS[field].valueIds) {
      numbers.set(valueId, features.length);
      features.push({ type: 'characteristic', field, valueId });
    }
    return [field, numbers, first] as const;
  });
  const firstFlagFeature = features.length;
  for (const flag of HIGHER_RISK_FLAG_IDS) features.push({ type: 'higher-risk', flag });
  const noFlagFeature = features.length;
  features.push({ type: 'no-higher-risk' });
  return { features, characteristicFeatures, firstFlagFeature, noFlagFeature };
}

/** The features, numbered. */
export const SELECTION_FEATURES = buildFeatureCatalogue();

const RISK_FLAG_INDEX = new Map<string, number>(HIGHER_RISK_FLAG_IDS.map((flag, index) => [flag, index]));
const COHORT_INDEX = new Map<string, number>(COHORT_IDS.map((cohort, index) => [cohort, index]));

/** Position of a cohort in `COHORT_IDS`. */
export function cohortIndex(cohort: CohortId): number {
  return COHORT_INDEX.get(cohort) ?? 0;
}

/** One person in a group, with their tie-break. */
export interface SelectionMember {
  readonly row: PersonExtractRow;
  /** Hash of the seed and local id: the order among equally good people. */
  readonly tie: number;
  readonly id: string;
}

/** The eligible people, grouped. Group `g`'s features are `features[featureStart[g]]` up to `featureStart[g + 1]`. */
export interface SelectionGroups {
  readonly count: number;
  /** Members of each group, best tie-break first. */
  readonly members: readonly (readonly SelectionMember[])[];
  readonly featureStart: Int32Array;
  readonly features: Int32Array;
  /** Bit `c` set when the group is in cohort `COHORT_IDS[c]`. */
  readonly cohortMask: Int32Array;
  /** Index of the primary cohort, or -1. */
  readonly primaryCohort: Int8Array;
  /** The groups in each cohort, by cohort index. */
  readonly byCohort: readonly Int32Array[];
}

/*
 * A signature packs features, cohorts and primary cohort into one integer (about 41 bits with
 * today's catalogues) so that alike people are matched by a number, not a string; a string is
 * the fallback should the catalogues outgrow 53 bits. Plain indexed loops: this runs per person.
 */
const FIELDS = SELECTION_FEATURES.characteristicFeatures.map(([field]) => field);
const FIELD_VALUES = SELECTION_FEATURES.characteristicFeatures.map(([, numbers]) => numbers);
const FIELD_FIRST_FEATURE = SELECTION_FEATURES.characteristicFeatures.map(([, , first]) => first);
const FLAG_BITS = new Map<string, number>(HIGHER_RISK_FLAG_IDS.map((flag, index) => [flag, 2 ** index]));
const SIGNATURE_RADIX = [
  ...FIELD_VALUES.map((numbers) => numbers.size + 1),
  2 ** HIGHER_RISK_FLAG_IDS.length,
  2 ** COHORT_IDS.length,
  COHORT_IDS.length + 1,
];
const SIGNATURE_FITS_IN_A_NUMBER = Number.isSafeInteger(SIGNATURE_RADIX.reduce((product, radix) => product * radix, 1));

function featuresOf(row: PersonExtractRow): number[] {
  const features: number[] = [];
  for (let index = 0; index < FIELDS.length; index++) {
    const value = row[FIELDS[index] ?? 'ageBand'];
    const feature = value === undefined ? undefined : FIELD_VALUES[index]?.get(value);
    if (feature !== undefined) features.push(feature);
  }
  for (const flag of row.higherRiskFlags) features.push(SELECTION_FEATURES.firstFlagFeature + (RISK_FLAG_INDEX.get(flag) ?? 0));
  if (row.higherRiskFlags.length === 0) features.push(SELECTION_FEATURES.noFlagFeature);
  return features;
}

function signatureDigits(row: PersonExtractRow, cohortMask: number, primaryCohort: number): number[] {
  const digits: number[] = [];
  for (let index = 0; index < FIELDS.length; index++) {
    const value = row[FIELDS[index] ?? 'ageBand'];
    const feature = value === undefined ? undefined : FIELD_VALUES[index]?.get(value);
    digits.push(feature === undefined ? 0 : feature - (FIELD_FIRST_FEATURE[index] ?? 0) + 1);
  }
  let flagMask = 0;
  for (const flag of row.higherRiskFlags) flagMask += FLAG_BITS.get(flag) ?? 0;
  digits.push(flagMask, cohortMask, primaryCohort + 1);
  return digits;
}

function signatureOf(row: PersonExtractRow, cohortMask: number, primaryCohort: number): number | string {
  const digits = signatureDigits(row, cohortMask, primaryCohort);
  if (!SIGNATURE_FITS_IN_A_NUMBER) return digits.join('.');
  let key = 0;
  for (let index = 0; index < digits.length; index++) key = key * (SIGNATURE_RADIX[index] ?? 1) + (digits[index] ?? 0);
  return key;
}

/**
 * Groups the eligible people. Group numbers follow the input order, but nothing chosen depends on
 * them: every choice compares score, then tie-break, then id.
 */
export function groupPeopleForSelection(eligible: readonly PersonExtractRow[], seed: string): SelectionGroups {
  const seedHash = hashString53(seed) % 4294967296;
  const groupOf = new Map<number | string, number>();
  const members: SelectionMember[][] = [];
  const features: number[] = [];
  const featureStart: number[] = [0];
  const cohortMasks: number[] = [];
  const primaryCohorts: number[] = [];
  for (const row of eligible) {
    let cohortMask = 0;
    for (const cohort of row.cohorts) cohortMask |= 1 << cohortIndex(cohort);
    const primaryCohort = row.primaryCohort === undefined ? -1 : cohortIndex(row.primaryCohort);
    const key = signatureOf(row, cohortMask, primaryCohort);
    let group = groupOf.get(key);
    if (group === undefined) {
      group = members.length;
      groupOf.set(key, group);
      members.push([]);
      features.push(...featuresOf(row));
      featureStart.push(features.length);
      cohortMasks.push(cohortMask);
      primaryCohorts.push(primaryCohort);
    }
    members[group]?.push({ row, tie: hashString53(row.localPersonId, seedHash), id: row.localPersonId });
  }
  for (const list of members) list.sort((a, b) => a.tie - b.tie || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cohortMask = Int32Array.from(cohortMasks);
  const byCohort = COHORT_IDS.map((_, cohort) => {
    const inCohort: number[] = [];
    for (let group = 0; group < cohortMask.length; group++) if (((cohortMask[group] ?? 0) >> cohort) & 1) inCohort.push(group);
    return Int32Array.from(inCohort);
  });
  return {
    count: members.length,
    members,
    featureStart: Int32Array.from(featureStart),
    features: Int32Array.from(features),
    cohortMask,
    primaryCohort: Int8Array.from(primaryCohorts),
    byCohort,
  };
}
