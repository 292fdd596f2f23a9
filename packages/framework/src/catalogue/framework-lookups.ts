import { InvalidInputError } from '../errors.js';
import type { EvidenceCategoryId, QualityStatementId, ThemeId } from '../ids.js';
import { CATALOGUE_MESSAGES } from './catalogue-messages.js';
import { CQC_LA_FRAMEWORK_2023 } from './cqc-la-2023.js';
import type { EvidenceCategory } from './evidence-categories.js';
import type { FrameworkVersion } from './framework-version.js';
import type { CurrentQualityStatement, QualityStatement } from './quality-statements.js';
import type { SuggestedEvidenceSourceList } from './suggested-sources.js';
import type { CurrentTheme, Theme } from './themes.js';

function unknownId(summary: string, code: string, field: string, message: string): InvalidInputError {
  return new InvalidInputError(summary, [{ code, path: [field], message }]);
}

/**
 * A quality statement by id: of the current framework when no version is given (typed
 * precisely), or of the given version. Throws {@link InvalidInputError} for an unknown id.
 *
 * @example
 * getQualityStatement('safeguarding').careActSections // ['s1', 'ss6-7', 'ss42-43', 's68']
 */
export function getQualityStatement<Id extends QualityStatementId>(id: Id): Extract<CurrentQualityStatement, { readonly id: Id }>;
export function getQualityStatement(id: string, version: FrameworkVersion): QualityStatement;
export function getQualityStatement(id: string, version: FrameworkVersion = CQC_LA_FRAMEWORK_2023): QualityStatement {
  const statement = version.qualityStatements.find((candidate) => candidate.id === id);
  if (statement === undefined) {
    throw unknownId(
      'Unknown quality statement',
      'unknown-quality-statement',
      'qualityStatementId',
      CATALOGUE_MESSAGES.unknownQualityStatement(id, version.id),
    );
  }
  return statement;
}

/**
 * A theme by id, of the current framework or of the given version. Throws
 * {@link InvalidInputError} for an unknown id.
 */
export function getTheme<Id extends ThemeId>(id: Id): Extract<CurrentTheme, { readonly id: Id }>;
export function getTheme(id: string, version: FrameworkVersion): Theme;
export function getTheme(id: string, version: FrameworkVersion = CQC_LA_FRAMEWORK_2023): Theme {
  const theme = version.themes.find((candidate) => candidate.id === id);
  if (theme === undefined) {
    throw unknownId('Unknown theme', 'unknown-theme', 'themeId', CATALOGUE_MESSAGES.unknownTheme(id, version.id));
  }
  return theme;
}

/**
 * The quality statements under a theme, in the version's order, retired ones included (filter on
 * `status` to leave them out). Throws {@link InvalidInputError} for an unknown theme.
 *
 * @example
 * qualityStatementsOfTheme('ensuring-safety').map((statement) => statement.id)
 * // ['safe-systems-pathways-transitions', 'safeguarding']
 */
export function qualityStatementsOfTheme(themeId: ThemeId): readonly CurrentQualityStatement[];
export function qualityStatementsOfTheme(themeId: string, version: FrameworkVersion): readonly QualityStatement[];
export function qualityStatementsOfTheme(
  themeId: string,
  version: FrameworkVersion = CQC_LA_FRAMEWORK_2023,
): readonly QualityStatement[] {
  getTheme(themeId, version);
  return version.qualityStatements.filter((statement) => statement.themeId === themeId);
}

/** The statements of a version that are assessed (not retired), in the version's order. */
export function activeQualityStatements(version: FrameworkVersion = CQC_LA_FRAMEWORK_2023): readonly QualityStatement[] {
  return version.qualityStatements.filter((statement) => statement.status === 'active');
}

/**
 * An evidence category by id, as the given version (default: current) describes it. Throws
 * {@link InvalidInputError} if the version does not include the category.
 */
export function getEvidenceCategory(
  id: EvidenceCategoryId,
  version: FrameworkVersion = CQC_LA_FRAMEWORK_2023,
): EvidenceCategory {
  const category = version.evidenceCategories.find((candidate) => candidate.id === id);
  if (category === undefined) {
    throw unknownId(
      'Unknown evidence category',
      'unknown-evidence-category',
      'evidenceCategoryId',
      CATALOGUE_MESSAGES.unknownEvidenceCategory(id, version.id),
    );
  }
  return category;
}

/**
 * The evidence categories that apply to a quality statement in the given version (default:
 * current). Throws {@link InvalidInputError} for an unknown statement.
 */
export function applicableEvidenceCategoriesOf(
  qualityStatementId: string,
  version: FrameworkVersion = CQC_LA_FRAMEWORK_2023,
): readonly EvidenceCategoryId[] {
  getQualityStatement(qualityStatementId, version);
  return version.applicableEvidenceCategories[qualityStatementId] ?? [];
}

/**
 * The typical sources of evidence for a quality statement in one evidence category, with where
 * the list comes from; `undefined` when the version suggests none for that pair (e.g.
 * observation). Throws {@link InvalidInputError} for a statement or category not in the version.
 *
 * @example
 * suggestedEvidenceSources('safeguarding', 'processes')?.sources.includes('Safeguarding Adults Board minutes') // true
 */
export function suggestedEvidenceSources(
  qualityStatementId: string,
  evidenceCategoryId: EvidenceCategoryId,
  version: FrameworkVersion = CQC_LA_FRAMEWORK_2023,
): SuggestedEvidenceSourceList | undefined {
  getQualityStatement(qualityStatementId, version);
  getEvidenceCategory(evidenceCategoryId, version);
  return version.suggestedEvidenceSources.find(
    (list) => list.qualityStatementId === qualityStatementId && list.evidenceCategoryId === evidenceCategoryId,
  );
}
