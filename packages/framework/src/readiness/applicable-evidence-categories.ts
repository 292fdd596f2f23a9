import { z } from 'zod';
import { CQC_LA_FRAMEWORK_2023 } from '../catalogue/index.js';
import { evidenceCategoryIdSchema, qualityStatementIdSchema, type EvidenceCategoryId, type QualityStatementId } from '../ids.js';
import { hasNoDuplicates } from './record-id.js';

/** Which evidence categories apply to each quality statement. */
export type ApplicableEvidenceCategories = Readonly<Record<QualityStatementId, readonly EvidenceCategoryId[]>>;

/**
 * The evidence categories readiness analysis expects by default: the current framework version's
 * own map (`CQC_LA_FRAMEWORK_2023.applicableEvidenceCategories`, built from the catalogue's
 * `DEFAULT_APPLICABLE_EVIDENCE_CATEGORY_IDS`): people's experience, feedback from staff and
 * leaders, feedback from partners and processes, for every quality statement. Kept under this
 * name for existing callers; the catalogue holds the data. Pass another map as an option where
 * a framework version differs.
 */
export const READINESS_DEFAULT_EVIDENCE_CATEGORIES: ApplicableEvidenceCategories = CQC_LA_FRAMEWORK_2023.applicableEvidenceCategories;

/** Checks a map of applicable evidence categories: every quality statement, at least one category each. */
export const applicableEvidenceCategoriesSchema = z.record(
  qualityStatementIdSchema,
  z
    .array(evidenceCategoryIdSchema)
    .min(1, 'at least one evidence category must apply')
    .refine(hasNoDuplicates, 'an evidence category is listed twice')
);
