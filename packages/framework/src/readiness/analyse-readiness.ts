import { z } from 'zod';
import { InvalidInputError, type InputProblem } from '../errors.js';
import {
  EVIDENCE_CATEGORY_IDS,
  QUALITY_STATEMENT_IDS,
  evidenceCategoryIdSchema,
  isoDateSchema,
  qualityStatementIdSchema,
  type EvidenceCategoryId,
  type IsoDate,
  type QualityStatementId,
  type Score,
} from '../ids.js';
import {
  compareScores,
  publishedResultSchema,
  rateLocalAuthority,
  roundPercentageHalfUp,
  type LocalAuthorityRating,
  type PublishedResult,
  type ScoreComparison,
} from '../scoring/index.js';
import { parseInput } from '../validation.js';
import { actionListSchema, actionProgressOn, type ActionInput } from './action.js';
import { READINESS_DEFAULT_EVIDENCE_CATEGORIES, applicableEvidenceCategoriesSchema } from './applicable-evidence-categories.js';
import { DEFAULT_EVIDENCE_STALE_AFTER_MONTHS, classifyEvidenceCurrency, staleCutoffFor } from './evidence-currency.js';
import type { EvidenceItemInput } from './evidence-item.js';
import { EVIDENCE_TAGS, type EvidenceTag } from './evidence-tags.js';
import { addCalendarDays, addCalendarMonths, calendarDaysBetween } from './iso-date-arithmetic.js';
import { readinessFinding, sortReadinessFindings, type ReadinessFinding } from './readiness-findings.js';
import { READINESS_MESSAGES } from './readiness-messages.js';
import { readinessScoreFrom, type ReadinessScorePart } from './readiness-score.js';
import { requiredText } from './record-id.js';
import { riskRegisterSchema, type RiskInput } from './risk.js';
import { selfAssessmentSchema, type SelfAssessmentStatementInput } from './self-assessment.js';

/** Options of {@link analyseReadiness}. Only `asOf` is required. */
export const analyseReadinessOptionsSchema = z.strictObject({
  /** The day to judge readiness on (evidence currency, overdue actions). The framework reads no clock. */
  asOf: isoDateSchema,
  /** Which evidence categories apply to each statement; default {@link READINESS_DEFAULT_EVIDENCE_CATEGORIES}. */
  applicableEvidenceCategories: applicableEvidenceCategoriesSchema.optional(),
  /** Evidence with no review date is stale once in effect for longer than this. */
  staleAfterMonths: z.int().min(1).max(120).default(DEFAULT_EVIDENCE_STALE_AFTER_MONTHS),
  /** Reviews falling due within this many days are flagged. */
  reviewDueSoonDays: z.int().min(0).max(366).default(30),
  /** A self-assessment entry not updated for this long is flagged (councils refresh quarterly). */
  selfAssessmentRefreshMonths: z.int().min(1).max(60).default(3),
  /** Current items a category needs to count as strong evidence. */
  strongCoverageItemCount: z.int().min(1).max(1000).default(3),
  /** A risk whose likelihood x impact reaches this is flagged. */
  highRiskScore: z.int().min(1).max(25).default(15),
  /** Display names of quality statements for messages; default a name made from the id. */
  qualityStatementLabels: z.partialRecord(qualityStatementIdSchema, requiredText('a label')).optional(),
  /** Display names of evidence categories for messages; default a name made from the id. */
  evidenceCategoryLabels: z.partialRecord(evidenceCategoryIdSchema, requiredText('a label')).optional(),
});

/** Options of {@link analyseReadiness}, as given. */
export type AnalyseReadinessOptions = z.input<typeof analyseReadinessOptionsSchema>;

/** A council's readiness records: evidence bank, self-assessment, action plan, risks and, after publication, CQC's result. */
export interface ReadinessInput {
  readonly evidence: readonly EvidenceItemInput[];
  readonly selfAssessment: readonly SelfAssessmentStatementInput[];
  readonly actions: readonly ActionInput[];
  readonly risks?: readonly RiskInput[] | undefined;
  readonly published?: PublishedResult | undefined;
}

const recordsSchema = z.strictObject({
  evidence: z.custom<readonly unknown[]>((value) => Array.isArray(value), 'the evidence bank must be a list of evidence items'),
  selfAssessment: selfAssessmentSchema,
  actions: actionListSchema,
  risks: riskRegisterSchema.default([]),
  published: publishedResultSchema.optional(),
});

/** How well one quality statement and evidence category are evidenced. */
export const EVIDENCE_COVERAGE_STATUSES = ['strong', 'thin', 'missing', 'not-applicable'] as const;

/** One of {@link EVIDENCE_COVERAGE_STATUSES}. */
export type EvidenceCoverageStatus = (typeof EVIDENCE_COVERAGE_STATUSES)[number];

/** One cell of the coverage matrix. */
export interface EvidenceCoverageCell {
  readonly evidenceCategoryId: EvidenceCategoryId;
  /** Current items mapped to both the statement and the category. */
  readonly currentItemCount: number;
  /** Stale items mapped to both (not counted as current). */
  readonly staleItemCount: number;
  /** `strong` with the strong count or more, `thin` below it, `missing` at none. */
  readonly status: EvidenceCoverageStatus;
}

/** One row of the coverage matrix: a quality statement across the six evidence categories. */
export interface StatementEvidenceCoverage {
  readonly qualityStatementId: QualityStatementId;
  /** Current items mapped to the statement, in any category. */
  readonly currentItemCount: number;
  /**
   * The statement's coverage, 0-100 (rounded half up): the average over its applicable categories
   * of `min(count, strong count) / strong count`. 100 means every applicable category is strong.
   */
  readonly coveragePercentage: number;
  readonly categories: readonly EvidenceCoverageCell[];
}

/** An evidence item that is stale, expired or due for review. */
export interface EvidenceItemAttention {
  readonly evidenceItemId: string;
  readonly title: string;
  readonly owner: string;
  readonly qualityStatementIds: readonly QualityStatementId[];
  /**
   * `review-overdue` (review date passed), `no-review-date` (in effect too long without one),
   * `expired` (effective-to date passed) or `review-due-soon`.
   */
  readonly reason: 'review-overdue' | 'no-review-date' | 'expired' | 'review-due-soon';
  /** The date behind the reason: review date, effective-from date or effective-to date. */
  readonly date: IsoDate;
}

/** An area for improvement with no known action. */
export interface UnplannedAreaForImprovement {
  readonly qualityStatementId: QualityStatementId;
  readonly areaForImprovementId: string;
  readonly description: string;
  /** Action ids it names that are not in the action list. */
  readonly unknownActionIds: readonly string[];
}

/** An action that is not done and past its due date. */
export interface OverdueAction {
  readonly actionId: string;
  readonly title: string;
  readonly owner: string;
  readonly dueDate: IsoDate;
  readonly daysOverdue: number;
  readonly qualityStatementIds: readonly QualityStatementId[];
}

/** Where a cross-cutting tag (equality, unpaid carers) has no current evidence. */
export interface EvidenceTagGap {
  readonly tag: EvidenceTag;
  /** Statements with no current item carrying the tag, in framework order. */
  readonly qualityStatementIdsWithout: readonly QualityStatementId[];
  /** Statements with at least one. */
  readonly statementsCovered: number;
  /** Current items carrying the tag. */
  readonly currentItemCount: number;
}

/** The rating the self-scores predict, or why there is none yet. */
export type PredictedRating =
  | { readonly status: 'complete'; readonly selfScores: Readonly<Record<QualityStatementId, Score>>; readonly result: LocalAuthorityRating }
  | { readonly status: 'incomplete'; readonly missingQualityStatementIds: readonly QualityStatementId[] };

/** Everything {@link analyseReadiness} found. */
export interface ReadinessReport {
  readonly asOf: IsoDate;
  readonly counts: {
    readonly evidenceItems: number;
    readonly current: number;
    readonly stale: number;
    readonly expired: number;
    readonly notYetEffective: number;
    readonly reviewDueSoon: number;
  };
  /** The coverage matrix: one row per quality statement, in framework order. */
  readonly coverage: readonly StatementEvidenceCoverage[];
  readonly staleItems: readonly EvidenceItemAttention[];
  readonly expiredItems: readonly EvidenceItemAttention[];
  readonly reviewDueSoonItems: readonly EvidenceItemAttention[];
  readonly areasForImprovementWithoutAction: readonly UnplannedAreaForImprovement[];
  readonly overdueActions: readonly OverdueAction[];
  readonly equalityGap: EvidenceTagGap;
  readonly unpaidCarersGap: EvidenceTagGap;
  /** Current items carrying each tag. */
  readonly currentItemsByTag: Readonly<Record<EvidenceTag, number>>;
  readonly predictedRating: PredictedRating;
  /** The self-assessment beside CQC's published result; `null` before publication or while self-scores are missing. */
  readonly publishedComparison: ScoreComparison | null;
  /** What to look at, most urgent first. */
  readonly findings: readonly ReadinessFinding[];
  /** 0-100, see {@link READINESS_SCORE_WEIGHTS}. */
  readonly readinessScore: number;
  readonly readinessScoreParts: readonly ReadinessScorePart[];
}

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const MAXIMUM_PROBLEMS_LISTED = 100;

function labelFromId(id: string): string {
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isIsoDateShaped(value: unknown): value is IsoDate {
  return typeof value === 'string' && value.length === 10 && ISO_DATE_SHAPE.test(value);
}

interface EvidenceTally {
  readonly current: Int32Array;
  readonly stale: Int32Array;
  readonly tagged: Int32Array;
  readonly currentByStatement: Int32Array;
  readonly staleByStatement: Int32Array;
  readonly expiredByStatement: Int32Array;
  readonly dueSoonByStatement: Int32Array;
  readonly currentByTag: Int32Array;
  readonly staleItems: EvidenceItemAttention[];
  readonly expiredItems: EvidenceItemAttention[];
  readonly reviewDueSoonItems: EvidenceItemAttention[];
  notYetEffective: number;
}

type UncheckedItem = Partial<Record<keyof EvidenceItemInput, unknown>>;

function attention(item: UncheckedItem, id: string, reason: EvidenceItemAttention['reason'], date: IsoDate): EvidenceItemAttention {
  return {
    evidenceItemId: id,
    title: item.title as string,
    owner: typeof item.owner === 'string' ? item.owner : '',
    qualityStatementIds: item.qualityStatementIds as readonly QualityStatementId[],
    reason,
    date,
  };
}

/** Collects problems found in the evidence bank, listing the first hundred and counting the rest. */
class EvidenceProblems {
  readonly listed: InputProblem[] = [];
  count = 0;

  add(index: number, field: string, code: string, message: string): void {
    this.count += 1;
    if (this.listed.length < MAXIMUM_PROBLEMS_LISTED) this.listed.push({ code, path: ['evidence', index, field], message });
  }
}

/**
 * Reads a list of ids into `slots` (their indexes in `index`), reporting unknown and repeated
 * ones; returns how many slots were filled. A bit mask spots repeats, which is why a framework
 * may have at most 31 statements, categories or tags.
 */
function readSlots(
  values: unknown,
  index: ReadonlyMap<unknown, number>,
  slots: Int32Array,
  report: (value: unknown, repeated: boolean) => void
): number {
  if (!Array.isArray(values)) return 0;
  let count = 0;
  let mask = 0;
  for (const value of values as readonly unknown[]) {
    const slot = index.get(value);
    if (slot === undefined) report(value, false);
    else if ((mask & (1 << slot)) !== 0) report(value, true);
    else {
      mask |= 1 << slot;
      slots[count] = slot;
      count += 1;
    }
  }
  return count;
}

/**
 * One pass over the evidence bank with integer-indexed counters and no per-item allocation
 * besides the lists of items needing attention; ISO dates are compared as strings. It re-checks
 * only what the analysis relies on (ids, known statements, categories and tags, date shapes), so
 * that a bank of 100,000 items stays fast; full checking of each item belongs where items come in,
 * with `evidenceBankSchema`.
 */
function tallyEvidence(evidence: readonly unknown[], asOf: IsoDate, staleCutoff: IsoDate, dueSoonLimit: IsoDate): EvidenceTally {
  const statementCount = QUALITY_STATEMENT_IDS.length;
  const categoryCount = EVIDENCE_CATEGORY_IDS.length;
  const tagCount = EVIDENCE_TAGS.length;
  const statementIndex = new Map<unknown, number>(QUALITY_STATEMENT_IDS.map((id, index) => [id, index]));
  const categoryIndex = new Map<unknown, number>(EVIDENCE_CATEGORY_IDS.map((id, index) => [id, index]));
  const tagIndex = new Map<unknown, number>(EVIDENCE_TAGS.map((id, index) => [id, index]));
  const tally: EvidenceTally = {
    current: new Int32Array(statementCount * categoryCount),
    stale: new Int32Array(statementCount * categoryCount),
    tagged: new Int32Array(statementCount * tagCount),
    currentByStatement: new Int32Array(statementCount),
    staleByStatement: new Int32Array(statementCount),
    expiredByStatement: new Int32Array(statementCount),
    dueSoonByStatement: new Int32Array(statementCount),
    currentByTag: new Int32Array(tagCount),
    staleItems: [],
    expiredItems: [],
    reviewDueSoonItems: [],
    notYetEffective: 0,
  };
  const problems = new EvidenceProblems();
  const seenIds = new Set<string>();
  const statements = new Int32Array(statementCount);
  const categories = new Int32Array(categoryCount);
  const tags = new Int32Array(tagCount);
  let index = 0;
  let id = '';
  const reportStatement = (value: unknown, repeated: boolean): void =>
    repeated
      ? problems.add(
          index,
          'qualityStatementIds',
          'evidence-repeated-statement',
          READINESS_MESSAGES.evidenceRepeatedStatement(id, String(value))
        )
      : problems.add(index, 'qualityStatementIds', 'evidence-unknown-statement', READINESS_MESSAGES.evidenceUnknownStatement(id, value));
  const reportCategory = (value: unknown, repeated: boolean): void =>
    repeated
      ? problems.add(
          index,
          'evidenceCategoryIds',
          'evidence-repeated-category',
          READINESS_MESSAGES.evidenceRepeatedStatement(id, String(value))
        )
      : problems.add(index, 'evidenceCategoryIds', 'evidence-unknown-category', READINESS_MESSAGES.evidenceUnknownCategory(id, value));
  const reportTag = (value: unknown, repeated: boolean): void => {
    if (!repeated) problems.add(index, 'tags', 'evidence-unknown-tag', READINESS_MESSAGES.evidenceUnknownTag(id, value));
  };

  for (index = 0; index < evidence.length; index += 1) {
    const item = evidence[index] as UncheckedItem | null;
    if (typeof item !== 'object' || item === null) {
      problems.add(index, 'id', 'evidence-not-a-record', READINESS_MESSAGES.evidenceNotARecord);
      continue;
    }
    if (typeof item.id !== 'string' || item.id.length === 0) {
      problems.add(index, 'id', 'evidence-id-missing', READINESS_MESSAGES.evidenceIdMissing);
      continue;
    }
    id = item.id;
    // One hash lookup instead of has-then-add: the set only stays the same size for a repeat.
    const distinctBefore = seenIds.size;
    seenIds.add(id);
    if (seenIds.size === distinctBefore) problems.add(index, 'id', 'evidence-id-repeated', READINESS_MESSAGES.evidenceIdRepeated(id));
    if (typeof item.title !== 'string' || item.title.length === 0)
      problems.add(index, 'title', 'evidence-title-missing', READINESS_MESSAGES.evidenceTitleMissing(id));

    const statementSlots = readSlots(item.qualityStatementIds, statementIndex, statements, reportStatement);
    if (!Array.isArray(item.qualityStatementIds) || item.qualityStatementIds.length === 0) {
      problems.add(index, 'qualityStatementIds', 'evidence-needs-statement', READINESS_MESSAGES.evidenceNeedsStatement(id));
    }
    const categorySlots = readSlots(item.evidenceCategoryIds, categoryIndex, categories, reportCategory);
    if (!Array.isArray(item.evidenceCategoryIds) || item.evidenceCategoryIds.length === 0) {
      problems.add(index, 'evidenceCategoryIds', 'evidence-needs-category', READINESS_MESSAGES.evidenceNeedsCategory(id));
    }
    if (item.tags !== undefined && !Array.isArray(item.tags)) reportTag(item.tags, false);
    const tagSlots = readSlots(item.tags, tagIndex, tags, reportTag);

    const { effectiveFrom, effectiveTo, reviewBy } = item;
    if (!isIsoDateShaped(effectiveFrom)) {
      problems.add(index, 'effectiveFrom', 'evidence-bad-date', READINESS_MESSAGES.evidenceBadDate(id, 'an effective-from date'));
      continue;
    }
    if (effectiveTo !== undefined && !isIsoDateShaped(effectiveTo)) {
      problems.add(index, 'effectiveTo', 'evidence-bad-date', READINESS_MESSAGES.evidenceBadDate(id, 'an effective-to date'));
      continue;
    }
    if (reviewBy !== undefined && !isIsoDateShaped(reviewBy)) {
      problems.add(index, 'reviewBy', 'evidence-bad-date', READINESS_MESSAGES.evidenceBadDate(id, 'a review date'));
      continue;
    }
    if (effectiveTo !== undefined && effectiveTo < effectiveFrom) {
      problems.add(index, 'effectiveTo', 'evidence-ends-before-start', READINESS_MESSAGES.evidenceEndsBeforeStart(id));
      continue;
    }
    // Once anything is wrong nothing will be reported but the problems, so stop counting.
    if (problems.count > 0) continue;

    const currency = classifyEvidenceCurrency({ effectiveFrom, effectiveTo, reviewBy }, asOf, staleCutoff);
    if (currency === 'not-yet-effective') {
      tally.notYetEffective += 1;
    } else if (currency === 'expired') {
      for (let s = 0; s < statementSlots; s += 1) tally.expiredByStatement[statements[s]!]! += 1;
      tally.expiredItems.push(attention(item, id, 'expired', effectiveTo as IsoDate));
    } else if (currency === 'stale') {
      for (let s = 0; s < statementSlots; s += 1) {
        const statement = statements[s]!;
        tally.staleByStatement[statement]! += 1;
        for (let c = 0; c < categorySlots; c += 1) tally.stale[statement * categoryCount + categories[c]!]! += 1;
      }
      tally.staleItems.push(
        reviewBy === undefined ? attention(item, id, 'no-review-date', effectiveFrom) : attention(item, id, 'review-overdue', reviewBy)
      );
    } else {
      for (let s = 0; s < statementSlots; s += 1) {
        const statement = statements[s]!;
        tally.currentByStatement[statement]! += 1;
        for (let c = 0; c < categorySlots; c += 1) tally.current[statement * categoryCount + categories[c]!]! += 1;
        for (let t = 0; t < tagSlots; t += 1) tally.tagged[statement * tagCount + tags[t]!]! += 1;
      }
      for (let t = 0; t < tagSlots; t += 1) tally.currentByTag[tags[t]!]! += 1;
      if (reviewBy !== undefined && reviewBy <= dueSoonLimit) {
        for (let s = 0; s < statementSlots; s += 1) tally.dueSoonByStatement[statements[s]!]! += 1;
        tally.reviewDueSoonItems.push(attention(item, id, 'review-due-soon', reviewBy));
      }
    }
  }
  if (problems.count > 0) {
    const unlisted = problems.count - problems.listed.length;
    const listed =
      unlisted > 0
        ? [...problems.listed, { code: 'more-problems', path: ['evidence'], message: READINESS_MESSAGES.tooManyProblems(unlisted) }]
        : problems.listed;
    throw new InvalidInputError(READINESS_MESSAGES.inputSummary, listed);
  }
  return tally;
}

/**
 * Analyses how ready a council is for CQC's assessment, on the day `options.asOf`: evidence
 * coverage of every quality statement and category, stale and expired evidence, areas for
 * improvement without an action, overdue actions, the equality and unpaid-carer gaps, the rating
 * the self-scores predict (and, after publication, how they compare with CQC's), a prioritised
 * list of findings and a readiness score from 0 to 100.
 *
 * The self-assessment, actions, risks and published result are checked in full; the evidence bank
 * is checked for what the analysis relies on (check each item with `evidenceItemSchema` when it is
 * recorded). Bad input throws an InvalidInputError and nothing is analysed.
 *
 * @example
 * const report = analyseReadiness({ evidence, selfAssessment, actions }, { asOf: '2025-06-30' });
 * report.findings[0]; // { severity: 'high', code: 'no-equality-evidence', qualityStatementId: 'safeguarding', message: '...' }
 * report.predictedRating.status === 'complete' && report.predictedRating.result.rating; // 'good'
 */
export function analyseReadiness(input: ReadinessInput, options: AnalyseReadinessOptions): ReadinessReport {
  const settings = parseInput(analyseReadinessOptionsSchema, options, READINESS_MESSAGES.optionsSummary);
  const records = parseInput(recordsSchema, input, READINESS_MESSAGES.inputSummary);
  const { asOf } = settings;
  const applicable = settings.applicableEvidenceCategories ?? READINESS_DEFAULT_EVIDENCE_CATEGORIES;
  const statementLabel = (id: QualityStatementId): string => settings.qualityStatementLabels?.[id] ?? labelFromId(id);
  const categoryLabel = (id: EvidenceCategoryId): string => (settings.evidenceCategoryLabels?.[id] ?? labelFromId(id)).toLowerCase();
  const strongAt = settings.strongCoverageItemCount;

  const tally = tallyEvidence(
    records.evidence,
    asOf,
    staleCutoffFor(asOf, settings.staleAfterMonths),
    addCalendarDays(asOf, settings.reviewDueSoonDays)
  );
  const findings: ReadinessFinding[] = [];
  const categoryCount = EVIDENCE_CATEGORY_IDS.length;
  const tagCount = EVIDENCE_TAGS.length;

  const coverage = QUALITY_STATEMENT_IDS.map((qualityStatementId, slot): StatementEvidenceCoverage => {
    const applicableHere = new Set<EvidenceCategoryId>(applicable[qualityStatementId] ?? []);
    let creditedItems = 0;
    const categories = EVIDENCE_CATEGORY_IDS.map((evidenceCategoryId, category): EvidenceCoverageCell => {
      const currentItemCount = tally.current[slot * categoryCount + category] ?? 0;
      const staleItemCount = tally.stale[slot * categoryCount + category] ?? 0;
      if (!applicableHere.has(evidenceCategoryId))
        return { evidenceCategoryId, currentItemCount, staleItemCount, status: 'not-applicable' };
      creditedItems += Math.min(currentItemCount, strongAt);
      const status: EvidenceCoverageStatus = currentItemCount >= strongAt ? 'strong' : currentItemCount > 0 ? 'thin' : 'missing';
      return { evidenceCategoryId, currentItemCount, staleItemCount, status };
    });
    const coveragePercentage = applicableHere.size === 0 ? 100 : roundPercentageHalfUp(creditedItems, applicableHere.size * strongAt);
    return { qualityStatementId, currentItemCount: tally.currentByStatement[slot] ?? 0, coveragePercentage, categories };
  });

  for (const row of coverage) {
    const statement = statementLabel(row.qualityStatementId);
    const about = { qualityStatementId: row.qualityStatementId };
    const applicableCells = row.categories.filter((cell) => cell.status !== 'not-applicable');
    if (applicableCells.length > 0 && applicableCells.every((cell) => cell.status === 'missing')) {
      findings.push(
        readinessFinding('statement-without-current-evidence', READINESS_MESSAGES.statementWithoutCurrentEvidence(statement), about)
      );
    } else {
      for (const cell of applicableCells) {
        const category = categoryLabel(cell.evidenceCategoryId);
        if (cell.status === 'missing')
          findings.push(
            readinessFinding('evidence-category-missing', READINESS_MESSAGES.evidenceCategoryMissing(statement, category), about)
          );
        if (cell.status === 'thin') {
          findings.push(
            readinessFinding(
              'evidence-category-thin',
              READINESS_MESSAGES.evidenceCategoryThin(statement, category, cell.currentItemCount, strongAt),
              about
            )
          );
        }
      }
    }
  }

  QUALITY_STATEMENT_IDS.forEach((qualityStatementId, slot) => {
    const statement = statementLabel(qualityStatementId);
    const about = { qualityStatementId };
    const stale = tally.staleByStatement[slot] ?? 0;
    const expired = tally.expiredByStatement[slot] ?? 0;
    const dueSoon = tally.dueSoonByStatement[slot] ?? 0;
    if (stale > 0)
      findings.push(
        readinessFinding('evidence-stale', READINESS_MESSAGES.evidenceStale(statement, stale, settings.staleAfterMonths), about)
      );
    if (expired > 0) findings.push(readinessFinding('evidence-expired', READINESS_MESSAGES.evidenceExpired(statement, expired), about));
    if (dueSoon > 0)
      findings.push(
        readinessFinding(
          'evidence-review-due-soon',
          READINESS_MESSAGES.evidenceReviewDueSoon(statement, dueSoon, settings.reviewDueSoonDays),
          about
        )
      );
  });

  const tagGap = (tag: EvidenceTag): EvidenceTagGap => {
    const tagSlot = EVIDENCE_TAGS.indexOf(tag);
    const qualityStatementIdsWithout = QUALITY_STATEMENT_IDS.filter((_id, slot) => (tally.tagged[slot * tagCount + tagSlot] ?? 0) === 0);
    return {
      tag,
      qualityStatementIdsWithout,
      statementsCovered: QUALITY_STATEMENT_IDS.length - qualityStatementIdsWithout.length,
      currentItemCount: tally.currentByTag[tagSlot] ?? 0,
    };
  };
  const equalityGap = tagGap('equality');
  const unpaidCarersGap = tagGap('unpaid-carers');
  for (const qualityStatementId of equalityGap.qualityStatementIdsWithout) {
    findings.push(
      readinessFinding('no-equality-evidence', READINESS_MESSAGES.noEqualityEvidence(statementLabel(qualityStatementId)), {
        qualityStatementId,
      })
    );
  }
  for (const qualityStatementId of unpaidCarersGap.qualityStatementIdsWithout) {
    findings.push(
      readinessFinding('no-unpaid-carers-evidence', READINESS_MESSAGES.noUnpaidCarersEvidence(statementLabel(qualityStatementId)), {
        qualityStatementId,
      })
    );
  }

  const actionsById = new Map(records.actions.map((action) => [action.id, action]));
  const areaIdsWithLinkedAction = new Set(
    records.actions.flatMap((action) => (action.areaForImprovementId === undefined ? [] : [action.areaForImprovementId]))
  );
  const areaIds = new Set<string>();
  const areasForImprovementWithoutAction: UnplannedAreaForImprovement[] = [];
  const selfByStatement = new Map(records.selfAssessment.map((statement) => [statement.qualityStatementId, statement]));
  const refreshCutoff = addCalendarMonths(asOf, -settings.selfAssessmentRefreshMonths);

  for (const row of coverage) {
    const { qualityStatementId } = row;
    const entry = selfByStatement.get(qualityStatementId);
    const statement = statementLabel(qualityStatementId);
    const about = { qualityStatementId };
    if (entry === undefined) {
      findings.push(readinessFinding('self-assessment-missing', READINESS_MESSAGES.selfAssessmentMissing(statement), about));
      continue;
    }
    for (const area of entry.areasForImprovement) {
      areaIds.add(area.id);
      const unknownActionIds = area.actionIds.filter((actionId) => !actionsById.has(actionId));
      for (const actionId of unknownActionIds) {
        findings.push(
          readinessFinding('unknown-action-reference', READINESS_MESSAGES.unknownActionReference(statement, area.description, actionId), {
            qualityStatementId,
            recordId: area.id,
          })
        );
      }
      const hasKnownAction = unknownActionIds.length < area.actionIds.length || areaIdsWithLinkedAction.has(area.id);
      if (!hasKnownAction) {
        areasForImprovementWithoutAction.push({
          qualityStatementId,
          areaForImprovementId: area.id,
          description: area.description,
          unknownActionIds,
        });
        findings.push(
          readinessFinding(
            'area-for-improvement-without-action',
            READINESS_MESSAGES.areaWithoutAction(statement, area.description, unknownActionIds),
            { qualityStatementId, recordId: area.id }
          )
        );
      }
    }
    if (entry.selfScore >= 3 && row.coveragePercentage < 50) {
      findings.push(
        readinessFinding(
          'self-score-not-evidenced',
          READINESS_MESSAGES.selfScoreNotEvidenced(statement, entry.selfScore, row.coveragePercentage),
          about
        )
      );
    }
    if (entry.selfScore <= 2 && entry.areasForImprovement.length === 0) {
      findings.push(
        readinessFinding('no-areas-for-improvement', READINESS_MESSAGES.noAreasForImprovement(statement, entry.selfScore), about)
      );
    }
    if (entry.updatedOn < refreshCutoff) {
      findings.push(
        readinessFinding(
          'self-assessment-not-refreshed',
          READINESS_MESSAGES.selfAssessmentNotRefreshed(statement, entry.updatedOn, settings.selfAssessmentRefreshMonths),
          about
        )
      );
    }
    if (entry.strengths.length === 0)
      findings.push(readinessFinding('no-strengths-recorded', READINESS_MESSAGES.noStrengthsRecorded(statement), about));
  }

  const overdueActions: OverdueAction[] = [];
  let openActions = 0;
  for (const action of records.actions) {
    if (action.status !== 'done') openActions += 1;
    if (action.areaForImprovementId !== undefined && !areaIds.has(action.areaForImprovementId)) {
      findings.push(
        readinessFinding('action-for-unknown-area', READINESS_MESSAGES.actionForUnknownArea(action.title, action.areaForImprovementId), {
          recordId: action.id,
        })
      );
    }
    if (actionProgressOn(action, asOf) !== 'overdue') continue;
    const daysOverdue = calendarDaysBetween(action.dueDate, asOf);
    overdueActions.push({
      actionId: action.id,
      title: action.title,
      owner: action.owner,
      dueDate: action.dueDate,
      daysOverdue,
      qualityStatementIds: action.qualityStatementIds,
    });
    findings.push(
      readinessFinding('action-overdue', READINESS_MESSAGES.actionOverdue(action.title, action.owner, action.dueDate, daysOverdue), {
        qualityStatementId: action.qualityStatementIds.length === 1 ? action.qualityStatementIds[0] : undefined,
        recordId: action.id,
      })
    );
  }

  for (const risk of records.risks) {
    if (risk.likelihood * risk.impact < settings.highRiskScore) continue;
    findings.push(
      readinessFinding('high-risk', READINESS_MESSAGES.highRisk(risk.title, risk.likelihood, risk.impact), {
        qualityStatementId: risk.qualityStatementIds.length === 1 ? risk.qualityStatementIds[0] : undefined,
        recordId: risk.id,
      })
    );
  }

  const missingQualityStatementIds = QUALITY_STATEMENT_IDS.filter((id) => !selfByStatement.has(id));
  let predictedRating: PredictedRating = { status: 'incomplete', missingQualityStatementIds };
  let publishedComparison: ScoreComparison | null = null;
  if (missingQualityStatementIds.length === 0) {
    const selfScores = Object.fromEntries(QUALITY_STATEMENT_IDS.map((id) => [id, selfByStatement.get(id)?.selfScore])) as Record<
      QualityStatementId,
      Score
    >;
    predictedRating = { status: 'complete', selfScores, result: rateLocalAuthority(selfScores) };
    if (records.published !== undefined) {
      publishedComparison = compareScores(selfScores, records.published);
      for (const compared of publishedComparison.statements) {
        const statement = statementLabel(compared.qualityStatementId);
        const about = { qualityStatementId: compared.qualityStatementId };
        if (compared.difference > 0)
          findings.push(
            readinessFinding(
              'self-score-above-published',
              READINESS_MESSAGES.selfScoreAbovePublished(statement, compared.self, compared.published),
              about
            )
          );
        if (compared.difference < 0)
          findings.push(
            readinessFinding(
              'self-score-below-published',
              READINESS_MESSAGES.selfScoreBelowPublished(statement, compared.self, compared.published),
              about
            )
          );
      }
    }
  }

  const statementCount = QUALITY_STATEMENT_IDS.length;
  const areaCount = records.selfAssessment.reduce((sum, entry) => sum + entry.areasForImprovement.length, 0);
  const inEffect = records.evidence.length - tally.expiredItems.length - tally.notYetEffective;
  const currentCount = inEffect - tally.staleItems.length;
  const evidenceCurrency = inEffect === 0 ? 0 : currentCount / inEffect;
  const actionCurrency = openActions === 0 ? 1 : 1 - overdueActions.length / openActions;
  const { score: readinessScore, parts: readinessScoreParts } = readinessScoreFrom({
    'evidence-coverage': coverage.reduce((sum, row) => sum + row.coveragePercentage, 0) / (statementCount * 100),
    'equality-and-unpaid-carers': (equalityGap.statementsCovered + unpaidCarersGap.statementsCovered) / (2 * statementCount),
    'self-assessment': (statementCount - missingQualityStatementIds.length) / statementCount,
    'improvement-plans': areaCount === 0 ? 1 : 1 - areasForImprovementWithoutAction.length / areaCount,
    currency: (evidenceCurrency + actionCurrency) / 2,
  });

  return {
    asOf,
    counts: {
      evidenceItems: records.evidence.length,
      current: currentCount,
      stale: tally.staleItems.length,
      expired: tally.expiredItems.length,
      notYetEffective: tally.notYetEffective,
      reviewDueSoon: tally.reviewDueSoonItems.length,
    },
    coverage,
    staleItems: tally.staleItems,
    expiredItems: tally.expiredItems,
    reviewDueSoonItems: tally.reviewDueSoonItems,
    areasForImprovementWithoutAction,
    overdueActions,
    equalityGap,
    unpaidCarersGap,
    currentItemsByTag: Object.fromEntries(EVIDENCE_TAGS.map((tag, slot) => [tag, tally.currentByTag[slot] ?? 0])) as Record<
      EvidenceTag,
      number
    >,
    predictedRating,
    publishedComparison,
    findings: sortReadinessFindings(findings, QUALITY_STATEMENT_IDS),
    readinessScore,
    readinessScoreParts,
  };
}
