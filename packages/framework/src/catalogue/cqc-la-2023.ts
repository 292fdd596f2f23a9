import { EVIDENCE_CATEGORY_IDS, QUALITY_STATEMENT_IDS, type QualityStatementId, type ThemeId } from '../ids.js';
import { deepFreeze } from './deep-freeze.js';
import { EVIDENCE_CATEGORIES } from './evidence-categories.js';
import { defaultApplicableEvidenceCategories, type FrameworkVersion } from './framework-version.js';
import { CQC_LA_QUALITY_STATEMENTS } from './quality-statements.js';
import { suggestedSourceListsFor } from './suggested-sources.js';
import { CQC_LA_THEMES } from './themes.js';

/**
 * CQC's assessment framework for local authorities as used from April 2023 (pilots, then the
 * initial formal assessments of all 153 councils): four themes, nine quality statements. The
 * default framework version.
 */
export const CQC_LA_FRAMEWORK_2023 = deepFreeze({
  id: 'cqc-la-2023',
  title: 'CQC local authority assessment framework (2023)',
  description:
    "CQC's framework for assessing how local authorities meet their duties under Part 1 of the Care Act 2014: four themes and nine quality statements, from April 2023 when CQC's duty to assess local authorities began. Evidence categories applicable to each statement default to people's experience, feedback from staff and leaders, feedback from partners and processes.",
  effectiveFrom: '2023-04-01',
  themes: CQC_LA_THEMES,
  qualityStatements: CQC_LA_QUALITY_STATEMENTS,
  evidenceCategories: EVIDENCE_CATEGORIES,
  applicableEvidenceCategories: defaultApplicableEvidenceCategories(QUALITY_STATEMENT_IDS),
  suggestedEvidenceSources: suggestedSourceListsFor(QUALITY_STATEMENT_IDS, EVIDENCE_CATEGORY_IDS),
  scoringMethods: ['evidence-category', 'quality-statement'],
} as const satisfies FrameworkVersion<QualityStatementId, ThemeId>);
