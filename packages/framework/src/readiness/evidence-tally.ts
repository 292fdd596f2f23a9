import { InvalidInputError, type InputProblem } from '../errors.js';
import { EVIDENCE_CATEGORY_IDS, QUALITY_STATEMENT_IDS, type IsoDate, type QualityStatementId } from '../ids.js';
import { classifyEvidenceCurrency } from './evidence-currency.js';
import type { EvidenceItemInput } from './evidence-item.js';
import { EVIDENCE_TAGS } from './evidence-tags.js';
import { READINESS_MESSAGES } from './readiness-messages.js';
import type { EvidenceItemAttention } from './readiness-report.js';

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const MAXIMUM_PROBLEMS_LISTED = 100;

function isIsoDateShaped(value: unknown): value is IsoDate {
  return typeof value === 'string' && value.length === 10 && ISO_DATE_SHAPE.test(value);
}

/**
 * What one pass over the evidence bank counted. Counters are flat integer arrays indexed by
 * framework order: `current[statement * categoryCount + category]`,
 * `tagged[statement * tagCount + tag]`.
 */
export interface EvidenceTally {
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
export function tallyEvidence(evidence: readonly unknown[], asOf: IsoDate, staleCutoff: IsoDate, dueSoonLimit: IsoDate): EvidenceTally {
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
  const idListReporter =
    (field: keyof EvidenceItemInput, unknownCode: string, repeatedCode: string, unknownMessage: (itemId: string, value: unknown) => string) =>
    (value: unknown, repeated: boolean): void =>
      repeated
        ? problems.add(index, field, repeatedCode, READINESS_MESSAGES.evidenceRepeatedStatement(id, String(value)))
        : problems.add(index, field, unknownCode, unknownMessage(id, value));
  const reportStatement = idListReporter(
    'qualityStatementIds',
    'evidence-unknown-statement',
    'evidence-repeated-statement',
    READINESS_MESSAGES.evidenceUnknownStatement
  );
  const reportCategory = idListReporter(
    'evidenceCategoryIds',
    'evidence-unknown-category',
    'evidence-repeated-category',
    READINESS_MESSAGES.evidenceUnknownCategory
  );
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
