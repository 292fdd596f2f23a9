import { z } from 'zod';
import { deadlineRulesOverrideSchema } from './calendar/index.js';
import {
  ageBandIdSchema,
  caseSelectionStatusSchema,
  caseTrackingCharacteristicsSchema,
  caseTrackingOptionsSchema,
  caseTrackingRecordSchema,
  consentToBeContactedSchema,
  disabilityStatusIdSchema,
  ethnicGroupIdSchema,
  genderIdentityIdSchema,
  higherRiskFlagIdSchema,
  personExtractRowSchema,
  religionIdSchema,
  sexIdSchema,
  sexualOrientationIdSchema,
} from './case-tracking/index.js';
import {
  careActSectionSchema,
  evidenceCategorySchema,
  frameworkVersionSchema,
  informationReturnItemSchema,
  informationReturnProgressSchema,
  qualityStatementSchema,
  suggestedEvidenceSourceListSchema,
  themeSchema,
} from './catalogue/index.js';
import {
  cohortIdSchema,
  evidenceCategoryIdSchema,
  isoDateSchema,
  qualityStatementIdSchema,
  ratingIdSchema,
  scoreSchema,
  scoringMethodIdSchema,
  themeIdSchema,
} from './ids.js';
import {
  actionListSchema,
  actionSchema,
  analyseReadinessOptionsSchema,
  applicableEvidenceCategoriesSchema,
  areaForImprovementSchema,
  evidenceBankSchema,
  evidenceItemSchema,
  evidenceLocationSchema,
  evidenceTagSchema,
  readinessInputSchema,
  readinessRecordIdSchema,
  riskRegisterSchema,
  riskSchema,
  selfAssessmentSchema,
  selfAssessmentStatementSchema,
} from './readiness/index.js';
import { evidenceCategoryScoresSchema, publishedResultSchema, qualityStatementScoresSchema, ratingBandsSchema } from './scoring/index.js';

/** The prefix of every schema's `$id`: `urn:asc-assure:framework:evidence-item`. */
export const FRAMEWORK_JSON_SCHEMA_ID_PREFIX = 'urn:asc-assure:framework:';

interface SchemaSource {
  readonly schema: z.ZodType;
  readonly title: string;
  readonly description: string;
}

/*
 * Every public zod schema of the package, by the kebab-case name its JSON Schema is published
 * under. Names are part of the public API (they make the `$id`s and the file names in
 * dist/json-schema): never rename one.
 */
const SCHEMA_SOURCES = {
  'iso-date': {
    schema: isoDateSchema,
    title: 'ISO date',
    description:
      'A calendar date written YYYY-MM-DD. It must also be a real date (no 31 February), which JSON Schema cannot say.',
  },
  'theme-id': {
    schema: themeIdSchema,
    title: 'Theme id',
    description:
      'The stable id of one of the four themes of the CQC local authority assessment framework.',
  },
  'quality-statement-id': {
    schema: qualityStatementIdSchema,
    title: 'Quality statement id',
    description:
      'The stable id of one of the nine quality statements, in CQC\'s published order.',
  },
  'evidence-category-id': {
    schema: evidenceCategoryIdSchema,
    title: 'Evidence category id',
    description:
      'The stable id of one of the six evidence categories of CQC\'s single assessment framework.',
  },
  score: {
    schema: scoreSchema,
    title: 'Score',
    description:
      'A quality statement or evidence category score: 1 significant shortfalls, 2 some shortfalls, 3 good standard, 4 exceptional standard.',
  },
  'rating-id': {
    schema: ratingIdSchema,
    title: 'Rating id',
    description:
      'One of the four overall ratings, lowest first.',
  },
  'scoring-method-id': {
    schema: scoringMethodIdSchema,
    title: 'Scoring method id',
    description:
      'How CQC scored an assessment: by evidence category (2023-2025) or by quality statement directly (current).',
  },
  'cohort-id': {
    schema: cohortIdSchema,
    title: 'Cohort id',
    description:
      'A case-tracking cohort, CT01 to CT07.',
  },
  'framework-version': {
    schema: frameworkVersionSchema,
    title: 'Framework version',
    description:
      'One version of the assessment framework: themes, quality statements, evidence categories, which categories apply to which statement, suggested evidence sources and scoring methods. Cross-references (unique ids, known themes) are checked by the package, not by this schema.',
  },
  theme: {
    schema: themeSchema,
    title: 'Theme',
    description:
      'A theme of a framework version.',
  },
  'quality-statement': {
    schema: qualityStatementSchema,
    title: 'Quality statement',
    description:
      'A quality statement: CQC\'s "We statement", the "I statements" and the Care Act 2014 sections it assesses.',
  },
  'care-act-section': {
    schema: careActSectionSchema,
    title: 'Care Act section',
    description:
      'A Care Act 2014 section reference: s1, s42, or an ascending range ss42-43.',
  },
  'evidence-category': {
    schema: evidenceCategorySchema,
    title: 'Evidence category',
    description:
      'One of the evidence categories of a framework version.',
  },
  'suggested-evidence-source-list': {
    schema: suggestedEvidenceSourceListSchema,
    title: 'Suggested evidence sources',
    description:
      'Typical sources of evidence for one quality statement and evidence category: suggestions shown to councils.',
  },
  'information-return-item': {
    schema: informationReturnItemSchema,
    title: 'Information Return item',
    description:
      'One item of the Information Return CQC requests: a document, data or a narrative.',
  },
  'information-return-progress': {
    schema: informationReturnProgressSchema,
    title: 'Information Return progress',
    description:
      'Where a council is with one Information Return item: owner, status and dates.',
  },
  'deadline-rules-override': {
    schema: deadlineRulesOverrideSchema,
    title: 'Deadline rules override',
    description:
      'A council or hub\'s changes to the default deadline rules: only the amount and unit of a rule can change.',
  },
  'quality-statement-scores': {
    schema: qualityStatementScoresSchema,
    title: 'Quality statement scores',
    description:
      'A score of 1 to 4 for each of the nine quality statements.',
  },
  'evidence-category-scores': {
    schema: evidenceCategoryScoresSchema,
    title: 'Evidence category scores',
    description:
      'Scores of 1 to 4 for the evidence categories of one quality statement (the 2023-2025 scoring method).',
  },
  'rating-bands': {
    schema: ratingBandsSchema,
    title: 'Rating bands',
    description:
      'The percentage bands that turn a total score into an overall rating.',
  },
  'published-result': {
    schema: publishedResultSchema,
    title: 'Published result',
    description:
      'A result CQC published for a council: the date, the nine quality statement scores and the overall rating. Kept apart from the council\'s own self-assessed scores.',
  },
  'readiness-record-id': {
    schema: readinessRecordIdSchema,
    title: 'Readiness record id',
    description:
      'The stable id of a council\'s own record (evidence item, area for improvement, action, risk), such as EV-0042.',
  },
  'evidence-tag': {
    schema: evidenceTagSchema,
    title: 'Evidence tag',
    description:
      'A cross-cutting tag on evidence, such as equality or unpaid carers.',
  },
  'evidence-location': {
    schema: evidenceLocationSchema,
    title: 'Evidence location',
    description:
      'Where an evidence document is kept.',
  },
  'evidence-item': {
    schema: evidenceItemSchema,
    title: 'Evidence item',
    description:
      'One item of a council\'s evidence bank, mapped to quality statements and evidence categories, with the dates it is in effect and due for review.',
  },
  'evidence-bank': {
    schema: evidenceBankSchema,
    title: 'Evidence bank',
    description:
      'A council\'s evidence bank: evidence items with distinct ids (checked by the package).',
  },
  'area-for-improvement': {
    schema: areaForImprovementSchema,
    title: 'Area for improvement',
    description:
      'An area for improvement the self-assessment names, with the actions that address it.',
  },
  'self-assessment-statement': {
    schema: selfAssessmentStatementSchema,
    title: 'Self-assessment statement',
    description:
      'A council\'s self-assessment of one quality statement: narrative, strengths, areas for improvement and self-score (a prediction, not CQC\'s score).',
  },
  'self-assessment': {
    schema: selfAssessmentSchema,
    title: 'Self-assessment',
    description:
      'A council\'s self-assessment: at most one entry per quality statement.',
  },
  action: {
    schema: actionSchema,
    title: 'Improvement action',
    description:
      'An action in the council\'s improvement plan. Whether it is overdue is worked out on a given day, never stored.',
  },
  'action-list': {
    schema: actionListSchema,
    title: 'Improvement plan',
    description:
      'The council\'s improvement actions, with distinct ids (checked by the package).',
  },
  risk: {
    schema: riskSchema,
    title: 'Risk',
    description:
      'A risk to the council\'s assessment readiness, scored likelihood x impact.',
  },
  'risk-register': {
    schema: riskRegisterSchema,
    title: 'Risk register',
    description:
      'The council\'s readiness risks, with distinct ids (checked by the package).',
  },
  'applicable-evidence-categories': {
    schema: applicableEvidenceCategoriesSchema,
    title: 'Applicable evidence categories',
    description:
      'Which evidence categories apply to each quality statement.',
  },
  'readiness-input': {
    schema: readinessInputSchema,
    title: 'Readiness records',
    description:
      'A council\'s readiness records: evidence bank, self-assessment, action plan, risk register and, after publication, CQC\'s result.',
  },
  'analyse-readiness-options': {
    schema: analyseReadinessOptionsSchema,
    title: 'Readiness analysis options',
    description:
      'Options of the readiness analysis: the day to judge on and the thresholds it uses.',
  },
  'age-band-id': {
    schema: ageBandIdSchema,
    title: 'Age band',
    description:
      'An age band of a person in the case-tracking extract.',
  },
  'sex-id': {
    schema: sexIdSchema,
    title: 'Sex',
    description:
      'Sex as recorded in the case management system.',
  },
  'ethnic-group-id': {
    schema: ethnicGroupIdSchema,
    title: 'Ethnic group',
    description:
      'An ethnic group (ONS Census 2021 high-level groups).',
  },
  'disability-status-id': {
    schema: disabilityStatusIdSchema,
    title: 'Disability status',
    description:
      'Whether day-to-day activities are limited by a disability.',
  },
  'religion-id': {
    schema: religionIdSchema,
    title: 'Religion or belief',
    description:
      'A religion or belief (ONS Census 2021 groups).',
  },
  'sexual-orientation-id': {
    schema: sexualOrientationIdSchema,
    title: 'Sexual orientation',
    description:
      'A sexual orientation (ONS Census 2021 groups).',
  },
  'gender-identity-id': {
    schema: genderIdentityIdSchema,
    title: 'Gender identity',
    description:
      'Whether gender identity is the same as sex registered at birth.',
  },
  'higher-risk-flag-id': {
    schema: higherRiskFlagIdSchema,
    title: 'Higher-risk flag',
    description:
      'A sign that a person is at higher risk of poor outcomes, used to spread the case-tracking list.',
  },
  'consent-to-be-contacted': {
    schema: consentToBeContactedSchema,
    title: 'Consent to be contacted',
    description:
      'Whether the person agreed to be contacted by CQC.',
  },
  'case-selection-status': {
    schema: caseSelectionStatusSchema,
    title: 'Case selection status',
    description:
      'Whether a record is on the submitted list, or chosen by CQC to track or as a reserve.',
  },
  'person-extract-row': {
    schema: personExtractRowSchema,
    title: 'Person extract row',
    description:
      'One row of a council\'s extract of people from its case management system: the raw material of the case-tracking list. It stays inside the council.',
  },
  'case-tracking-characteristics': {
    schema: caseTrackingCharacteristicsSchema,
    title: 'Case-tracking characteristics',
    description:
      'The protected characteristics sent with a case-tracking record, as ids only.',
  },
  'case-tracking-record': {
    schema: caseTrackingRecordSchema,
    title: 'Case-tracking record',
    description:
      'One record of the case-tracking list a council submits to CQC: the ten items CQC asks for, under a pseudonymised id. Unknown fields are refused.',
  },
  'case-tracking-options': {
    schema: caseTrackingOptionsSchema,
    title: 'Case-tracking options',
    description:
      'What CQC asks for in the case-tracking request: list size, selected, tracked and reserve counts, the assessment window and the cohorts to cover.',
  },
} as const satisfies Record<string, SchemaSource>;

/** The name of a published JSON Schema, such as `evidence-item`. */
export type FrameworkJsonSchemaName = keyof typeof SCHEMA_SOURCES;

/** The names of every published JSON Schema, in a stable order. */
export const FRAMEWORK_JSON_SCHEMA_NAMES = Object.freeze(Object.keys(SCHEMA_SOURCES) as FrameworkJsonSchemaName[]);

/** A JSON Schema (draft 2020-12) of one of the package's records, with its `$id`, title and description. */
export type FrameworkJsonSchema = z.core.JSONSchema.JSONSchema & {
  readonly $schema: string;
  readonly $id: string;
  readonly title: string;
  readonly description: string;
};

/**
 * The zod schema published under `name`: the same check the package runs, for a caller that
 * picks the record kind at run time (an import of a file named after it).
 *
 * @example
 * frameworkZodSchema('evidence-item').safeParse(row).success;
 */
export function frameworkZodSchema(name: FrameworkJsonSchemaName): z.ZodType {
  return SCHEMA_SOURCES[name].schema;
}

/**
 * The JSON Schema of one record the package validates, for tools outside TypeScript (a form
 * builder, a spreadsheet import in another language, an API gateway). It describes what may be
 * sent in (zod's input side: fields with defaults are optional). Rules JSON Schema cannot express,
 * such as "a real calendar date" or "ids are distinct", are left to the package's own checks.
 *
 * @example
 * const schema = frameworkJsonSchema('evidence-item');
 * schema.$id; // 'urn:asc-assure:framework:evidence-item'
 * schema.required; // ['id', 'title', 'qualityStatementIds', 'evidenceCategoryIds', 'effectiveFrom', ...]
 */
export function frameworkJsonSchema(name: FrameworkJsonSchemaName): FrameworkJsonSchema {
  const source: SchemaSource = SCHEMA_SOURCES[name];
  const { $schema, ...body } = z.toJSONSchema(source.schema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: `${FRAMEWORK_JSON_SCHEMA_ID_PREFIX}${name}`,
    title: source.title,
    description: source.description,
    ...body,
  };
}

/**
 * Every JSON Schema the package publishes, by name: the same documents `npm run json-schemas`
 * writes to `dist/json-schema/<name>.json`. Built on each call (they are not needed at run time
 * by the package itself).
 *
 * @example
 * for (const [name, schema] of Object.entries(frameworkJsonSchemas())) writeFile(`${name}.json`, JSON.stringify(schema));
 */
export function frameworkJsonSchemas(): Record<FrameworkJsonSchemaName, FrameworkJsonSchema> {
  return Object.fromEntries(FRAMEWORK_JSON_SCHEMA_NAMES.map((name) => [name, frameworkJsonSchema(name)])) as Record<
    FrameworkJsonSchemaName,
    FrameworkJsonSchema
  >;
}
