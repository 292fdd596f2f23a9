import { z } from 'zod';
import { CQC_LA_QUALITY_STATEMENTS, EVIDENCE_CATEGORY_LABELS } from '../catalogue/index.js';
import { evidenceCategoryIdSchema, isoDateSchema, qualityStatementIdSchema, type EvidenceCategoryId, type QualityStatementId } from '../ids.js';
import { applicableEvidenceCategoriesSchema } from './applicable-evidence-categories.js';
import { DEFAULT_EVIDENCE_STALE_AFTER_MONTHS } from './evidence-currency.js';
import { requiredText } from './record-id.js';

/** Options of `analyseReadiness`. Only `asOf` is required. */
export const analyseReadinessOptionsSchema = z.strictObject({
  /** The day to judge readiness on (evidence currency, overdue actions). The framework reads no clock. */
  asOf: isoDateSchema,
  /** Which evidence categories apply to each statement; default the framework's own (`READINESS_DEFAULT_EVIDENCE_CATEGORIES`). */
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
  /** Display names of quality statements for messages; default CQC's titles from the catalogue. */
  qualityStatementLabels: z.partialRecord(qualityStatementIdSchema, requiredText('a label')).optional(),
  /** Display names of evidence categories for messages; default the catalogue's labels. */
  evidenceCategoryLabels: z.partialRecord(evidenceCategoryIdSchema, requiredText('a label')).optional(),
});

/** Options of `analyseReadiness`, as given. */
export type AnalyseReadinessOptions = z.input<typeof analyseReadinessOptionsSchema>;

/** Options of `analyseReadiness`, checked, with every default filled in. */
export type ReadinessSettings = z.output<typeof analyseReadinessOptionsSchema>;

/** How findings name quality statements and evidence categories. */
export interface ReadinessLabels {
  /** "Safe systems, pathways and transitions". */
  readonly statement: (id: QualityStatementId) => string;
  /** In lower case, as it sits mid-sentence: "people's experience". */
  readonly category: (id: EvidenceCategoryId) => string;
}

const CATALOGUE_STATEMENT_TITLES: ReadonlyMap<string, string> = new Map(
  CQC_LA_QUALITY_STATEMENTS.map((statement) => [statement.id, statement.title])
);

/**
 * The labels findings use: the council's own where given, otherwise CQC's statement titles and
 * the evidence category labels from the catalogue, so a report reads as CQC's framework does.
 */
export function readinessLabels(settings: Pick<ReadinessSettings, 'qualityStatementLabels' | 'evidenceCategoryLabels'>): ReadinessLabels {
  return {
    statement: (id) => settings.qualityStatementLabels?.[id] ?? CATALOGUE_STATEMENT_TITLES.get(id) ?? id,
    category: (id) => (settings.evidenceCategoryLabels?.[id] ?? EVIDENCE_CATEGORY_LABELS[id]).toLowerCase(),
  };
}
