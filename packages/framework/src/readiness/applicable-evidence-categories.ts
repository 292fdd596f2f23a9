import { z } from 'zod';
import {
  EVIDENCE_CATEGORY_IDS,
  QUALITY_STATEMENT_IDS,
  evidenceCategoryIdSchema,
  qualityStatementIdSchema,
  type EvidenceCategoryId,
  type QualityStatementId,
} from '../ids.js';
import { hasNoDuplicates } from './record-id.js';

/** Which evidence categories apply to each quality statement. */
export type ApplicableEvidenceCategories = Readonly<Record<QualityStatementId, readonly EvidenceCategoryId[]>>;

const DEFAULT_CATEGORIES = [
  EVIDENCE_CATEGORY_IDS[0],
  EVIDENCE_CATEGORY_IDS[1],
  EVIDENCE_CATEGORY_IDS[2],
  'processes',
] as const satisfies readonly EvidenceCategoryId[];

/**
 * The evidence categories readiness analysis expects by default: people's experience, feedback
 * from staff and leaders, feedback from partners and processes, for every quality statement. CQC
 * does not use observation for local authorities and did not use outcomes in the first formal
 * assessments. Pass the framework version's own map as an option where it differs.
 */
export const READINESS_DEFAULT_EVIDENCE_CATEGORIES: ApplicableEvidenceCategories = Object.freeze(
  Object.fromEntries(
    QUALITY_STATEMENT_IDS.map((id): [QualityStatementId, readonly EvidenceCategoryId[]] => [id, DEFAULT_CATEGORIES])
  ) as Record<QualityStatementId, readonly EvidenceCategoryId[]>
);

/** Checks a map of applicable evidence categories: every quality statement, at least one category each. */
export const applicableEvidenceCategoriesSchema = z.record(
  qualityStatementIdSchema,
  z
    .array(evidenceCategoryIdSchema)
    .min(1, 'at least one evidence category must apply')
    .refine(hasNoDuplicates, 'an evidence category is listed twice')
);
