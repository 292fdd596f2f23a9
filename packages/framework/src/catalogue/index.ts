export type { Theme, CurrentTheme } from './themes.js';
export { themeSchema, CQC_LA_THEMES } from './themes.js';

export type {
  QualityStatement,
  CurrentQualityStatement,
  QualityStatementStatus,
  CareActSectionsSource,
} from './quality-statements.js';
export {
  QUALITY_STATEMENT_STATUSES,
  CARE_ACT_SECTIONS_SOURCES,
  careActSectionSchema,
  qualityStatementSchema,
  CQC_LA_QUALITY_STATEMENTS,
} from './quality-statements.js';

export type { EvidenceCategory } from './evidence-categories.js';
export {
  evidenceCategorySchema,
  EVIDENCE_CATEGORIES,
  DEFAULT_APPLICABLE_EVIDENCE_CATEGORY_IDS,
} from './evidence-categories.js';

export type { SuggestedEvidenceSourceList, SuggestedSourceProvenance } from './suggested-sources.js';
export { SUGGESTED_SOURCE_PROVENANCES, suggestedEvidenceSourceListSchema } from './suggested-sources.js';

export type { FrameworkVersion } from './framework-version.js';
export {
  frameworkVersionSchema,
  parseFrameworkVersion,
  defaultApplicableEvidenceCategories,
} from './framework-version.js';

export { CQC_LA_FRAMEWORK_2023 } from './cqc-la-2023.js';
export type { CqcLaProposals2022StatementId } from './cqc-la-proposals-2022.js';
export { CQC_LA_PROPOSALS_2022, CQC_LA_PROPOSALS_2022_STATEMENT_IDS } from './cqc-la-proposals-2022.js';

export type { ShippedFrameworkVersion, ShippedFrameworkVersionId } from './framework-versions.js';
export { FRAMEWORK_VERSIONS, DEFAULT_FRAMEWORK_VERSION_ID, getFrameworkVersion } from './framework-versions.js';

export {
  getQualityStatement,
  getTheme,
  qualityStatementsOfTheme,
  activeQualityStatements,
  getEvidenceCategory,
  applicableEvidenceCategoriesOf,
  suggestedEvidenceSources,
} from './framework-lookups.js';

export type { ScoreLabel } from './labels.js';
export {
  RATING_LABELS,
  SCORE_LABELS,
  COHORT_LABELS,
  EVIDENCE_CATEGORY_LABELS,
  SCORING_METHOD_LABELS,
  INFORMATION_RETURN_STATUS_LABELS,
  INFORMATION_RETURN_ITEM_KIND_LABELS,
} from './labels.js';

export type {
  InformationReturnItem,
  InformationReturnItemKind,
  InformationReturnStatus,
  InformationReturnProgress,
} from './information-return.js';
export {
  INFORMATION_RETURN_ITEM_KINDS,
  INFORMATION_RETURN_STATUSES,
  informationReturnItemSchema,
  informationReturnProgressSchema,
  parseInformationReturnItems,
  parseInformationReturnProgress,
} from './information-return.js';
export type { DefaultInformationReturnItemId } from './information-return-items.js';
export { DEFAULT_INFORMATION_RETURN_ITEMS } from './information-return-items.js';
