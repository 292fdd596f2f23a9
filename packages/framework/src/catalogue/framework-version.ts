import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import {
  evidenceCategoryIdSchema,
  isoDateSchema,
  scoringMethodIdSchema,
  type EvidenceCategoryId,
  type IsoDate,
  type ScoringMethodId,
} from '../ids.js';
import { parseInput } from '../validation.js';
import { CATALOGUE_MESSAGES } from './catalogue-messages.js';
import { displayTextSchema, kebabIdSchema } from './catalogue-fields.js';
import { deepFreeze } from './deep-freeze.js';
import { DEFAULT_APPLICABLE_EVIDENCE_CATEGORY_IDS, evidenceCategorySchema, type EvidenceCategory } from './evidence-categories.js';
import { qualityStatementSchema, type QualityStatement } from './quality-statements.js';
import { suggestedEvidenceSourceListSchema, type SuggestedEvidenceSourceList } from './suggested-sources.js';
import { themeSchema, type Theme } from './themes.js';

/**
 * One version of the assessment framework: its themes, quality statements and evidence
 * categories, which categories apply to which statement, suggested evidence sources, and the
 * scoring methods that may be used with it. CQC changes its framework between assessment rounds;
 * a retired or new statement is a new version, never an edit of an old one.
 *
 * `StatementId` and `ThemeIdType` are plain strings for a version loaded from JSON (see
 * {@link parseFrameworkVersion}); the shipped current version narrows them.
 */
export interface FrameworkVersion<StatementId extends string = string, ThemeIdType extends string = string> {
  /** Stable id: `cqc-la-2023`. */
  readonly id: string;
  readonly title: string;
  /** What the version is and where its content comes from. */
  readonly description: string;
  /** The first day assessments may use this version, `YYYY-MM-DD`. */
  readonly effectiveFrom: IsoDate;
  readonly themes: readonly Theme<ThemeIdType>[];
  readonly qualityStatements: readonly QualityStatement<StatementId, ThemeIdType>[];
  readonly evidenceCategories: readonly EvidenceCategory[];
  /** For each quality statement, the evidence categories collected (and, when scored by category, scored). */
  readonly applicableEvidenceCategories: { readonly [Id in StatementId]: readonly EvidenceCategoryId[] };
  /** Typical sources of evidence per statement and category: suggestions shown to councils. */
  readonly suggestedEvidenceSources: readonly SuggestedEvidenceSourceList<StatementId>[];
  /** The scoring methods an assessment under this version may use. */
  readonly scoringMethods: readonly ScoringMethodId[];
}

const frameworkVersionShapeSchema = z.object({
  id: kebabIdSchema,
  title: displayTextSchema,
  description: displayTextSchema,
  effectiveFrom: isoDateSchema,
  themes: z.array(themeSchema).min(1),
  qualityStatements: z.array(qualityStatementSchema).min(1),
  evidenceCategories: z.array(evidenceCategorySchema).min(1),
  applicableEvidenceCategories: z.record(kebabIdSchema, z.array(evidenceCategoryIdSchema)),
  suggestedEvidenceSources: z.array(suggestedEvidenceSourceListSchema),
  scoringMethods: z.array(scoringMethodIdSchema).min(1),
});

type FrameworkVersionShape = z.output<typeof frameworkVersionShapeSchema>;

interface ConsistencyProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function duplicateProblems<Item>(
  items: readonly Item[],
  keyOf: (item: Item) => string,
  pathOf: (index: number) => readonly (string | number)[],
  messageOf: (item: Item) => string,
): ConsistencyProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const key = keyOf(item);
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [{ path: pathOf(index), message: messageOf(item) }];
  });
}

/**
 * Every way a structurally valid framework version fails to hold together: duplicate ids, a
 * statement under a theme that does not exist, evidence categories that are not in the version.
 */
function consistencyProblems(version: FrameworkVersionShape): ConsistencyProblem[] {
  const themeIds = new Set(version.themes.map((theme) => theme.id));
  const statementIds = new Set(version.qualityStatements.map((statement) => statement.id));
  const categoryIds = new Set<string>(version.evidenceCategories.map((category) => category.id));
  const problems: ConsistencyProblem[] = [
    ...duplicateProblems(version.themes, (theme) => theme.id, (index) => ['themes', index, 'id'], (theme) =>
      CATALOGUE_MESSAGES.duplicateTheme(theme.id),
    ),
    ...duplicateProblems(
      version.qualityStatements,
      (statement) => statement.id,
      (index) => ['qualityStatements', index, 'id'],
      (statement) => CATALOGUE_MESSAGES.duplicateQualityStatement(statement.id),
    ),
    ...duplicateProblems(
      version.evidenceCategories,
      (category) => category.id,
      (index) => ['evidenceCategories', index, 'id'],
      (category) => CATALOGUE_MESSAGES.duplicateEvidenceCategory(category.id),
    ),
    ...duplicateProblems(version.scoringMethods, (method) => method, (index) => ['scoringMethods', index], (method) =>
      CATALOGUE_MESSAGES.duplicateScoringMethod(method),
    ),
    ...duplicateProblems(
      version.suggestedEvidenceSources,
      (list) => `${list.qualityStatementId}\u0000${list.evidenceCategoryId}`,
      (index) => ['suggestedEvidenceSources', index],
      (list) => CATALOGUE_MESSAGES.duplicateSourceList(list.qualityStatementId, list.evidenceCategoryId),
    ),
  ];

  version.qualityStatements.forEach((statement, index) => {
    if (!themeIds.has(statement.themeId)) {
      problems.push({
        path: ['qualityStatements', index, 'themeId'],
        message: CATALOGUE_MESSAGES.unknownThemeOfStatement(statement.id, statement.themeId),
      });
    }
  });
  version.themes.forEach((theme, index) => {
    if (!version.qualityStatements.some((statement) => statement.themeId === theme.id)) {
      problems.push({ path: ['themes', index], message: CATALOGUE_MESSAGES.themeWithoutStatements(theme.id) });
    }
  });
  if (!version.qualityStatements.some((statement) => statement.status === 'active')) {
    problems.push({ path: ['qualityStatements'], message: CATALOGUE_MESSAGES.noActiveStatements });
  }

  for (const statementId of statementIds) {
    const applicable = version.applicableEvidenceCategories[statementId];
    const path = ['applicableEvidenceCategories', statementId];
    if (applicable === undefined) {
      problems.push({ path, message: CATALOGUE_MESSAGES.missingApplicableCategories(statementId) });
    } else if (applicable.length === 0) {
      problems.push({ path, message: CATALOGUE_MESSAGES.noApplicableCategories(statementId) });
    } else {
      applicable.forEach((categoryId, index) => {
        if (!categoryIds.has(categoryId)) {
          problems.push({ path: [...path, index], message: CATALOGUE_MESSAGES.unknownApplicableCategory(statementId, categoryId) });
        } else if (applicable.indexOf(categoryId) !== index) {
          problems.push({ path: [...path, index], message: CATALOGUE_MESSAGES.duplicateApplicableCategory(statementId, categoryId) });
        }
      });
    }
  }
  for (const statementId of Object.keys(version.applicableEvidenceCategories)) {
    if (!statementIds.has(statementId)) {
      problems.push({
        path: ['applicableEvidenceCategories', statementId],
        message: CATALOGUE_MESSAGES.applicableToUnknownStatement(statementId),
      });
    }
  }

  version.suggestedEvidenceSources.forEach((list, index) => {
    if (!statementIds.has(list.qualityStatementId)) {
      problems.push({
        path: ['suggestedEvidenceSources', index, 'qualityStatementId'],
        message: CATALOGUE_MESSAGES.sourcesForUnknownStatement(list.qualityStatementId),
      });
    }
    if (!categoryIds.has(list.evidenceCategoryId)) {
      problems.push({
        path: ['suggestedEvidenceSources', index, 'evidenceCategoryId'],
        message: CATALOGUE_MESSAGES.sourcesForUnknownCategory(list.evidenceCategoryId),
      });
    }
  });
  return problems;
}

/**
 * Validates a whole framework version: the shape of every theme, statement and category, and
 * that they hold together (unique ids, every statement under an existing theme, applicable
 * evidence categories that exist in the version). Cross-checks run once the shape is valid.
 */
export const frameworkVersionSchema = frameworkVersionShapeSchema.superRefine((version, context) => {
  for (const problem of consistencyProblems(version)) {
    context.addIssue({ code: 'custom', path: [...problem.path], message: problem.message });
  }
});

const PARSE_SUMMARY = 'This framework version cannot be used';

/**
 * Loads a framework version a council or hub wrote itself, from JSON text or an already parsed
 * value. Returns it deeply frozen; throws {@link InvalidInputError} listing every problem.
 *
 * @example
 * const version = parseFrameworkVersion(await readFile('our-framework.json', 'utf8'));
 * getQualityStatement('assessing-needs', version);
 */
export function parseFrameworkVersion(json: unknown): FrameworkVersion {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      throw new InvalidInputError(PARSE_SUMMARY, [
        { code: 'invalid-json', path: [], message: `the text ${CATALOGUE_MESSAGES.notJson}` },
      ]);
    }
  }
  return deepFreeze(parseInput(frameworkVersionSchema, value, PARSE_SUMMARY));
}

/**
 * The default applicable evidence categories (people's experience, feedback from staff and
 * leaders, feedback from partners, processes) for every statement given.
 *
 * @example
 * defaultApplicableEvidenceCategories(['assessing-needs'])
 * // { 'assessing-needs': ['peoples-experience', 'feedback-from-staff-and-leaders', 'feedback-from-partners', 'processes'] }
 */
export function defaultApplicableEvidenceCategories<StatementId extends string>(
  statementIds: readonly StatementId[],
): { readonly [Id in StatementId]: typeof DEFAULT_APPLICABLE_EVIDENCE_CATEGORY_IDS } {
  return deepFreeze(
    Object.fromEntries(statementIds.map((id) => [id, DEFAULT_APPLICABLE_EVIDENCE_CATEGORY_IDS])) as {
      readonly [Id in StatementId]: typeof DEFAULT_APPLICABLE_EVIDENCE_CATEGORY_IDS;
    },
  );
}
