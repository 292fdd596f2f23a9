import { COHORT_IDS, type CohortId, type IsoDate } from '../ids.js';
import { parseInput } from '../validation.js';
import { caseTrackingOptionsSchema, type CaseTrackingOptions, type CaseTrackingOptionsInput } from './case-tracking-options.js';
import { selectEligiblePeople, type CaseTrackingExclusionReasonId } from './eligibility.js';
import { HIGHER_RISK_FLAG_IDS, HIGHER_RISK_FLAG_LABELS } from './higher-risk-flags.js';
import { CASE_TRACKING_ERROR_MESSAGES, PICK_REASON_MESSAGES, PROPOSAL_WARNING_MESSAGES } from './messages.js';
import type { PersonExtractRow } from './person-extract-row.js';
import {
  PROTECTED_CHARACTERISTIC_FIELDS,
  PROTECTED_CHARACTERISTICS,
  type ProtectedCharacteristicField,
} from './protected-characteristics.js';
import { cohortIndex, groupPeopleForSelection, SELECTION_FEATURES, type SelectionGroups } from './selection-groups.js';

/** One person proposed for the list. */
export interface CaseTrackingPick {
  /** The person's row of the extract. */
  readonly row: PersonExtractRow;
  /** The cohort the person is listed under (one of the row's cohorts). */
  readonly cohort: CohortId;
  /** Why the person was chosen, in plain English. */
  readonly reasons: readonly string[];
  /**
   * What choosing the person added to the spread of the list when they were chosen, in points:
   * each characteristic value not yet on the list is 1 point (its second person 1/2, its third
   * 1/3); the person's least-represented higher-risk flag (or having none) counts the same way;
   * being filed under the cohort the place is for adds 1/2.
   */
  readonly score: number;
  /** Order of choice, from 1. */
  readonly rank: number;
}

/** How a characteristic is spread among the people picked and among everyone eligible. */
export interface CaseTrackingDistribution {
  /** Count per value id among the picks (`not-recorded` for people without a value). */
  readonly picks: Readonly<Record<string, number>>;
  /** Count per value id among everyone eligible. */
  readonly eligible: Readonly<Record<string, number>>;
}

/** How well the proposed list covers cohorts, protected characteristics and higher-risk people. */
export interface CaseTrackingCoverage {
  /** Picks per cohort they are listed under. */
  readonly cohorts: Readonly<Record<CohortId, number>>;
  /** Eligible people per cohort (a person in several cohorts counts in each). */
  readonly eligibleByCohort: Readonly<Record<CohortId, number>>;
  /** Per protected characteristic, the distribution in the picks and in the eligible people. */
  readonly characteristics: Readonly<Record<ProtectedCharacteristicField, CaseTrackingDistribution>>;
  /** Per higher-risk flag (and `none`), the same. */
  readonly higherRisk: CaseTrackingDistribution;
}

/** Codes of the warnings about a proposed list. */
export const CASE_TRACKING_PROPOSAL_WARNING_CODES = [
  'no-eligible-in-cohort',
  'few-eligible-in-cohort',
  'cohort-short-of-target',
  'fewer-eligible-than-size',
  'duplicate-ids',
  'characteristic-not-recorded',
  'size-smaller-than-cohorts',
] as const;
/** A warning code. */
export type CaseTrackingProposalWarningCode = (typeof CASE_TRACKING_PROPOSAL_WARNING_CODES)[number];

/** Something about the proposal a person should look at. */
export interface CaseTrackingProposalWarning {
  readonly code: CaseTrackingProposalWarningCode;
  readonly message: string;
  readonly cohort?: CohortId;
}

/** A proposed case-tracking list, with why each person is on it and what it covers. */
export interface CaseTrackingProposal {
  readonly picks: readonly CaseTrackingPick[];
  readonly coverage: CaseTrackingCoverage;
  /** Rows of the extract left out, by reason. */
  readonly excluded: Readonly<Record<CaseTrackingExclusionReasonId, number>>;
  /** How many people qualified. */
  readonly eligibleCount: number;
  /** First day of the assessment window. */
  readonly windowStart: IsoDate;
  readonly warnings: readonly CaseTrackingProposalWarning[];
}

/*
 * Scores are integers so that sums never depend on the order they were added in. A value not yet
 * on the list is worth GAIN_SCALE x weight; the n-th person with it adds GAIN_SCALE / n. 720720
 * is divisible by 1 to 16, so the first sixteen gains are exact.
 */
const GAIN_SCALE = 720_720;
const CHARACTERISTIC_WEIGHT = 2;
const HIGHER_RISK_WEIGHT = 2;
const COHORT_BALANCE_WEIGHT = 2;
/** Prefer, within a cohort, people the council files under that cohort: half a new value. */
const PRIMARY_COHORT_BONUS = GAIN_SCALE;
/** Points shown to people: a new value at its weight is 1 point. */
const POINT = GAIN_SCALE * CHARACTERISTIC_WEIGHT;

function popCount(mask: number): number {
  let count = 0;
  for (let bits = mask; bits !== 0; bits &= bits - 1) count++;
  return count;
}

/** The list as it fills: how often each feature and cohort is on it, who is left in each group. */
class SelectionState {
  readonly featureCounts: Int32Array;
  readonly cohortCounts: number[] = COHORT_IDS.map(() => 0);
  /** Unpicked eligible people per cohort. */
  readonly available: number[] = COHORT_IDS.map(() => 0);
  /** Per group, the position of its next unpicked member. */
  readonly next: Int32Array;
  readonly picks: CaseTrackingPick[] = [];
  /** `gains[n]` is what a value already held by n people on the list adds. */
  private readonly gains: Int32Array;

  constructor(
    readonly groups: SelectionGroups,
    size: number,
  ) {
    this.featureCounts = new Int32Array(SELECTION_FEATURES.features.length);
    this.next = new Int32Array(groups.count);
    this.gains = Int32Array.from({ length: size + 2 }, (_, count) => Math.floor(GAIN_SCALE / (count + 1)));
    for (let group = 0; group < groups.count; group++) {
      const people = groups.members[group]?.length ?? 0;
      for (let cohort = 0; cohort < COHORT_IDS.length; cohort++) {
        if (((groups.cohortMask[group] ?? 0) >> cohort) & 1) this.available[cohort] = (this.available[cohort] ?? 0) + people;
      }
    }
  }

  private gain(count: number): number {
    return this.gains[count] ?? Math.floor(GAIN_SCALE / (count + 1));
  }

  /**
   * Each characteristic value counts; of a person's higher-risk flags only the one least on the
   * list does, so the list spans kinds of risk rather than filling with people who have most
   * flags. Having no flag is a value too: the list shows ordinary experiences as well.
   */
  featureScore(group: number): number {
    const { features, featureStart } = this.groups;
    let characteristics = 0;
    let bestFlag = 0;
    const end = featureStart[group + 1] ?? 0;
    for (let position = featureStart[group] ?? 0; position < end; position++) {
      const feature = features[position] ?? 0;
      const value = this.gain(this.featureCounts[feature] ?? 0);
      if (feature < SELECTION_FEATURES.firstFlagFeature) characteristics += value;
      else if (value > bestFlag) bestFlag = value;
    }
    return CHARACTERISTIC_WEIGHT * characteristics + HIGHER_RISK_WEIGHT * bestFlag;
  }

  /** Choosing for one cohort's places: spread, plus a preference for people filed under it. */
  placeScore(group: number, cohort: number): number {
    const primary = this.groups.primaryCohort[group] ?? -1;
    const filedHere = primary === cohort || (primary === -1 && popCount(this.groups.cohortMask[group] ?? 0) === 1);
    return this.featureScore(group) + (filedHere ? PRIMARY_COHORT_BONUS : 0);
  }

  /** Choosing from everyone: spread, plus balance between the required cohorts. */
  openScore(group: number, requiredMask: number): number {
    const cohort = this.cohortToListUnder(group, requiredMask);
    const balance =
      cohort !== undefined && (requiredMask >> cohort) & 1 ? COHORT_BALANCE_WEIGHT * this.gain(this.cohortCounts[cohort] ?? 0) : 0;
    return this.featureScore(group) + balance;
  }

  /** For a pick not made for a cohort's place: the least covered of the person's (required) cohorts. */
  cohortToListUnder(group: number, requiredMask: number): number | undefined {
    const mask = this.groups.cohortMask[group] ?? 0;
    const candidates = mask & requiredMask ? mask & requiredMask : mask;
    const primary = this.groups.primaryCohort[group] ?? -1;
    let best: number | undefined;
    for (let cohort = 0; cohort < COHORT_IDS.length; cohort++) {
      if (!((candidates >> cohort) & 1)) continue;
      const count = this.cohortCounts[cohort] ?? 0;
      const bestCount = best === undefined ? Infinity : (this.cohortCounts[best] ?? 0);
      if (count < bestCount || (count === bestCount && cohort === primary)) best = cohort;
    }
    return best;
  }

  /**
   * The best group among `candidates` by `score`, ties broken by the tie-break of the group's
   * next member and then by local id: a strict order, so input order never matters.
   */
  best(candidates: Int32Array, score: (group: number) => number): { group: number; score: number } | undefined {
    let bestGroup = -1;
    let bestScore = -1;
    let bestTie = 0;
    let bestId = '';
    for (const group of candidates) {
      const member = this.groups.members[group]?.[this.next[group] ?? 0];
      if (member === undefined) continue;
      const value = score(group);
      if (value < bestScore) continue;
      if (value === bestScore && (member.tie > bestTie || (member.tie === bestTie && member.id >= bestId))) continue;
      bestGroup = group;
      bestScore = value;
      bestTie = member.tie;
      bestId = member.id;
    }
    return bestGroup === -1 ? undefined : { group: bestGroup, score: bestScore };
  }

  take(group: number, cohort: number, score: number, forCohortPlace: boolean): void {
    const member = this.groups.members[group]?.[this.next[group] ?? 0];
    if (member === undefined) return;
    this.next[group] = (this.next[group] ?? 0) + 1;
    const cohortId = COHORT_IDS[cohort] ?? 'CT01';
    const reasons: string[] = [];
    if ((this.cohortCounts[cohort] ?? 0) === 0) reasons.push(PICK_REASON_MESSAGES.coversCohort(cohortId));
    else if (forCohortPlace) reasons.push(PICK_REASON_MESSAGES.addsToCohort(cohortId));
    const { features, featureStart } = this.groups;
    const start = featureStart[group] ?? 0;
    const end = featureStart[group + 1] ?? 0;
    for (let position = start; position < end; position++) {
      const feature = features[position] ?? 0;
      const described = SELECTION_FEATURES.features[feature];
      const isNew = (this.featureCounts[feature] ?? 0) === 0;
      if (described?.type === 'characteristic' && isNew) {
        reasons.push(PICK_REASON_MESSAGES.addsGroup(PROTECTED_CHARACTERISTICS[described.field].groupNoun, described.valueId));
      }
      if (described?.type === 'higher-risk') reasons.push(PICK_REASON_MESSAGES.higherRisk(HIGHER_RISK_FLAG_LABELS[described.flag]));
      if (described?.type === 'no-higher-risk' && isNew) reasons.push(PICK_REASON_MESSAGES.noHigherRisk);
    }
    if (reasons.length === 0) reasons.push(PICK_REASON_MESSAGES.spreadsList);
    for (let position = start; position < end; position++) {
      const feature = features[position] ?? 0;
      this.featureCounts[feature] = (this.featureCounts[feature] ?? 0) + 1;
    }
    this.cohortCounts[cohort] = (this.cohortCounts[cohort] ?? 0) + 1;
    const mask = this.groups.cohortMask[group] ?? 0;
    for (let other = 0; other < COHORT_IDS.length; other++) {
      if ((mask >> other) & 1) this.available[other] = (this.available[other] ?? 0) - 1;
    }
    this.picks.push({
      row: member.row,
      cohort: cohortId,
      reasons,
      score: Math.round((score / POINT) * 100) / 100,
      rank: this.picks.length + 1,
    });
  }
}

interface CohortPlan {
  /** Places each required cohort aims for. */
  readonly target: number;
  /** Places each cohort gets, by cohort index (the target, or fewer if it has fewer people). */
  readonly quotas: readonly number[];
}

function planCohortPlaces(options: CaseTrackingOptions, eligibleByCohort: readonly number[]): CohortPlan {
  const required = options.requiredCohorts.map(cohortIndex);
  const target = Math.floor(options.size / required.length);
  const quotas = COHORT_IDS.map(() => 0);
  if (target >= 1) {
    for (const cohort of required) quotas[cohort] = Math.min(target, eligibleByCohort[cohort] ?? 0);
    return { target, quotas };
  }
  const byAvailability = [...required].sort((a, b) => (eligibleByCohort[b] ?? 0) - (eligibleByCohort[a] ?? 0) || a - b);
  for (const cohort of byAvailability.slice(0, options.size)) quotas[cohort] = Math.min(1, eligibleByCohort[cohort] ?? 0);
  return { target: 1, quotas };
}

/**
 * The next cohort to fill a place for: a cohort about to run out of people first (its people
 * are also in other cohorts, which must not take them), then round robin, smaller cohorts first.
 */
function nextCohortToFill(state: SelectionState, quotas: readonly number[], eligibleByCohort: readonly number[]): number | undefined {
  let chosen: number | undefined;
  let chosenKey: readonly number[] = [];
  for (let cohort = 0; cohort < COHORT_IDS.length; cohort++) {
    const need = (quotas[cohort] ?? 0) - (state.cohortCounts[cohort] ?? 0);
    const available = state.available[cohort] ?? 0;
    if (need <= 0 || available <= 0) continue;
    const slack = available - need;
    const key = [slack <= 0 ? 0 : 1, slack <= 0 ? slack : (state.cohortCounts[cohort] ?? 0), eligibleByCohort[cohort] ?? 0, cohort];
    if (chosen === undefined || compareKeys(key, chosenKey) < 0) {
      chosen = cohort;
      chosenKey = key;
    }
  }
  return chosen;
}

function compareKeys(left: readonly number[], right: readonly number[]): number {
  for (let index = 0; index < left.length; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Proposes the people for the case-tracking list CQC asks for: by default 50 people assessed in
 * the last 12 months, spread across the seven cohorts, the protected characteristics and people
 * at higher risk of poor outcomes, so that whichever 10 CQC selects show the range of people's
 * experience.
 *
 * How: the eligible people are found (see `findEligibleCaseTrackingPeople`); each required cohort
 * is given floor(size / cohorts) places (7 of 50), or as many as it has eligible people, and the
 * places are filled round robin, a cohort about to run out of people first; the rest of the list
 * is filled from everyone. Each place goes to the person who adds most to the spread: a
 * characteristic value or higher-risk flag not yet on the list counts most, each repeat less
 * (1/2, 1/3, ...). Ties are broken by a hash of the seed and the local id, so the same extract
 * and seed give the same list whatever the order of the rows, and another seed gives another
 * list of the same quality.
 *
 * Pure and fast: characteristics are small integers and people who are alike are grouped, so
 * each choice scans groups, not people; 100,000 rows take well under a second.
 *
 * @example
 * const proposal = proposeCaseTrackingList(extractRows, { asOf: '2025-06-10', seed: 'june-2025' });
 * proposal.picks[0].reasons; // ['covers cohort CT02 (young people who transitioned to adult services)', ...]
 */
export function proposeCaseTrackingList(
  people: readonly unknown[],
  options: CaseTrackingOptionsInput,
): CaseTrackingProposal {
  const parsed = parseInput(caseTrackingOptionsSchema, options, CASE_TRACKING_ERROR_MESSAGES.invalidOptions);
  const { eligible, excluded, windowStart } = selectEligiblePeople(people, parsed);
  const groups = groupPeopleForSelection(eligible, parsed.seed);
  const state = new SelectionState(groups, parsed.size);
  const eligibleByCohort = [...state.available];
  const requiredMask = parsed.requiredCohorts.reduce((mask, cohort) => mask | (1 << cohortIndex(cohort)), 0);
  const plan = planCohortPlaces(parsed, eligibleByCohort);

  for (
    let cohort = nextCohortToFill(state, plan.quotas, eligibleByCohort);
    cohort !== undefined && state.picks.length < parsed.size;
    cohort = nextCohortToFill(state, plan.quotas, eligibleByCohort)
  ) {
    const place = cohort;
    const best = state.best(groups.byCohort[place] ?? new Int32Array(), (group) => state.placeScore(group, place));
    if (best === undefined) {
      state.available[place] = 0;
      continue;
    }
    state.take(best.group, place, best.score, true);
  }

  const everyone = Int32Array.from({ length: groups.count }, (_, group) => group);
  while (state.picks.length < parsed.size) {
    const best = state.best(everyone, (group) => state.openScore(group, requiredMask));
    if (best === undefined) break;
    state.take(best.group, state.cohortToListUnder(best.group, requiredMask) ?? 0, best.score, false);
  }

  const coverage = describeCoverage(groups, eligible.length, state, eligibleByCohort);
  const warnings = warningsFor(parsed, plan, eligible.length, eligibleByCohort, state, excluded, coverage);
  return { picks: state.picks, coverage, excluded, eligibleCount: eligible.length, windowStart, warnings };
}

/** Counts of each feature among everyone eligible, from the groups (a group's members share features). */
function eligibleFeatureCounts(groups: SelectionGroups): number[] {
  const counts = SELECTION_FEATURES.features.map(() => 0);
  for (let group = 0; group < groups.count; group++) {
    const people = groups.members[group]?.length ?? 0;
    for (let position = groups.featureStart[group] ?? 0; position < (groups.featureStart[group + 1] ?? 0); position++) {
      const feature = groups.features[position] ?? 0;
      counts[feature] = (counts[feature] ?? 0) + people;
    }
  }
  return counts;
}

function distributionOf(featureCounts: ArrayLike<number>, total: number, field: ProtectedCharacteristicField): Record<string, number> {
  const [, numbers] = SELECTION_FEATURES.characteristicFeatures.find(([candidate]) => candidate === field) ?? [field, new Map<string, number>()];
  const counts: Record<string, number> = {};
  let recorded = 0;
  for (const [valueId, feature] of numbers) {
    counts[valueId] = featureCounts[feature] ?? 0;
    recorded += counts[valueId];
  }
  counts['not-recorded'] = total - recorded;
  return counts;
}

function riskDistributionOf(featureCounts: ArrayLike<number>): Record<string, number> {
  const counts: Record<string, number> = {};
  HIGHER_RISK_FLAG_IDS.forEach((flag, index) => {
    counts[flag] = featureCounts[SELECTION_FEATURES.firstFlagFeature + index] ?? 0;
  });
  counts.none = featureCounts[SELECTION_FEATURES.noFlagFeature] ?? 0;
  return counts;
}

function describeCoverage(
  groups: SelectionGroups,
  eligibleCount: number,
  state: SelectionState,
  eligibleByCohort: readonly number[],
): CaseTrackingCoverage {
  const eligibleCounts = eligibleFeatureCounts(groups);
  const pickCount = state.picks.length;
  const characteristics = Object.fromEntries(
    PROTECTED_CHARACTERISTIC_FIELDS.map((field) => [
      field,
      { picks: distributionOf(state.featureCounts, pickCount, field), eligible: distributionOf(eligibleCounts, eligibleCount, field) },
    ]),
  ) as Record<ProtectedCharacteristicField, CaseTrackingDistribution>;
  return {
    cohorts: Object.fromEntries(COHORT_IDS.map((cohort, index) => [cohort, state.cohortCounts[index] ?? 0])) as Record<CohortId, number>,
    eligibleByCohort: Object.fromEntries(COHORT_IDS.map((cohort, index) => [cohort, eligibleByCohort[index] ?? 0])) as Record<
      CohortId,
      number
    >,
    characteristics,
    higherRisk: { picks: riskDistributionOf(state.featureCounts), eligible: riskDistributionOf(eligibleCounts) },
  };
}

function warningsFor(
  options: CaseTrackingOptions,
  plan: CohortPlan,
  eligibleCount: number,
  eligibleByCohort: readonly number[],
  state: SelectionState,
  excluded: Readonly<Record<CaseTrackingExclusionReasonId, number>>,
  coverage: CaseTrackingCoverage,
): CaseTrackingProposalWarning[] {
  const warnings: CaseTrackingProposalWarning[] = [];
  if (options.size < options.requiredCohorts.length) {
    warnings.push({
      code: 'size-smaller-than-cohorts',
      message: PROPOSAL_WARNING_MESSAGES.sizeSmallerThanCohorts(options.size, options.requiredCohorts.length),
    });
  }
  for (const cohort of options.requiredCohorts) {
    const index = cohortIndex(cohort);
    const eligible = eligibleByCohort[index] ?? 0;
    const picked = state.cohortCounts[index] ?? 0;
    if (eligible === 0) {
      warnings.push({ code: 'no-eligible-in-cohort', cohort, message: PROPOSAL_WARNING_MESSAGES.noEligibleInCohort(cohort) });
    } else if (eligible < plan.target) {
      warnings.push({
        code: 'few-eligible-in-cohort',
        cohort,
        message: PROPOSAL_WARNING_MESSAGES.fewEligibleInCohort(cohort, eligible, plan.target),
      });
    } else if (picked < (plan.quotas[index] ?? 0)) {
      warnings.push({
        code: 'cohort-short-of-target',
        cohort,
        message: PROPOSAL_WARNING_MESSAGES.cohortShortOfTarget(cohort, picked, plan.quotas[index] ?? 0),
      });
    }
  }
  if (eligibleCount < options.size) {
    warnings.push({ code: 'fewer-eligible-than-size', message: PROPOSAL_WARNING_MESSAGES.fewerEligibleThanSize(eligibleCount, options.size) });
  }
  if (excluded['duplicate-id'] > 0) {
    warnings.push({ code: 'duplicate-ids', message: PROPOSAL_WARNING_MESSAGES.duplicateIds(excluded['duplicate-id']) });
  }
  if (eligibleCount > 0) {
    for (const field of PROTECTED_CHARACTERISTIC_FIELDS) {
      if (coverage.characteristics[field].eligible['not-recorded'] === eligibleCount) {
        warnings.push({
          code: 'characteristic-not-recorded',
          message: PROPOSAL_WARNING_MESSAGES.characteristicNotRecorded(PROTECTED_CHARACTERISTICS[field].label),
        });
      }
    }
  }
  return warnings;
}
