import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COHORT_IDS, EVIDENCE_CATEGORY_IDS, QUALITY_STATEMENT_IDS, RATING_IDS, SCORING_METHOD_IDS, THEME_IDS } from './ids.js';
import { CQC_LA_FRAMEWORK_2023 } from './catalogue/index.js';
import { EVIDENCE_TAGS } from './readiness/index.js';
import { HIGHER_RISK_FLAG_IDS } from './case-tracking/index.js';
import {
  FRAMEWORK_JSON_SCHEMA_ID_PREFIX,
  FRAMEWORK_JSON_SCHEMA_NAMES,
  frameworkJsonSchema,
  frameworkJsonSchemas,
  frameworkZodSchema,
  type FrameworkJsonSchemaName,
} from './json-schemas.js';
import {
  APPENDIX_2_PUBLISHED_RESULTS,
  EXAMPLE_CASE_TRACKING_AS_OF,
  exampleCaseTrackingList,
  generateSyntheticEvidenceBank,
  generateSyntheticExtract,
  generateSyntheticSelfAssessment,
} from './testing/index.js';

type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };
type JsonSchemaNode = Readonly<Record<string, JsonValue>>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'format']);

/**
 * A deliberately small JSON Schema checker for the keywords these schemas use. It refuses any
 * keyword it does not know, so a schema using a new keyword fails the test instead of passing
 * unchecked.
 */
function jsonSchemaErrors(schema: JsonSchemaNode, value: JsonValue, path = '$'): string[] {
  const errors: string[] = [];
  for (const [keyword, expected] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword) || keyword === 'additionalProperties' || keyword === 'required' || keyword === 'propertyNames') continue;
    switch (keyword) {
      case 'type': {
        const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
        const ok =
          expected === 'integer' ? typeof value === 'number' && Number.isInteger(value) : expected === actual;
        if (!ok) errors.push(`${path}: expected ${JSON.stringify(expected)}, got ${actual}`);
        break;
      }
      case 'enum':
        if (!(expected as readonly JsonValue[]).includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
        break;
      case 'const':
        if (value !== expected) errors.push(`${path}: expected ${JSON.stringify(expected)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(expected as string, 'u').test(value)) errors.push(`${path}: does not match ${JSON.stringify(expected)}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (expected as number)) errors.push(`${path}: too short`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && [...value].length > (expected as number)) errors.push(`${path}: too long`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (expected as number)) errors.push(`${path}: below minimum`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (expected as number)) errors.push(`${path}: above maximum`);
        break;
      case 'exclusiveMinimum':
        if (typeof value === 'number' && value <= (expected as number)) errors.push(`${path}: not above exclusive minimum`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (expected as number)) errors.push(`${path}: too few items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (expected as number)) errors.push(`${path}: too many items`);
        break;
      case 'items':
        if (Array.isArray(value))
          (value as readonly JsonValue[]).forEach((item, index) => errors.push(...jsonSchemaErrors(expected as JsonSchemaNode, item, `${path}[${index}]`)));
        break;
      case 'anyOf':
        if (!(expected as readonly JsonSchemaNode[]).some((option) => jsonSchemaErrors(option, value, path).length === 0))
          errors.push(`${path}: matches none of anyOf`);
        break;
      case 'properties':
        break;
      default:
        throw new Error(`the test checker does not know the keyword ${keyword} (at ${path})`);
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Readonly<Record<string, JsonValue>>;
    const properties = (schema.properties ?? {}) as Readonly<Record<string, JsonSchemaNode>>;
    for (const key of (schema.required ?? []) as readonly string[]) if (!(key in record)) errors.push(`${path}.${key}: required`);
    for (const [key, item] of Object.entries(record)) {
      const property = properties[key];
      if (property !== undefined) errors.push(...jsonSchemaErrors(property, item, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
      else if (typeof schema.additionalProperties === 'object' && schema.additionalProperties !== null)
        errors.push(...jsonSchemaErrors(schema.additionalProperties as JsonSchemaNode, item, `${path}.${key}`));
      if (schema.propertyNames !== undefined) errors.push(...jsonSchemaErrors(schema.propertyNames as JsonSchemaNode, key, `${path} key ${key}`));
    }
  }
  return errors;
}

const schemas = frameworkJsonSchemas();
const asJson = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;
const errorsOf = (name: FrameworkJsonSchemaName, value: unknown): string[] =>
  jsonSchemaErrors(asJson(schemas[name]) as JsonSchemaNode, asJson(value));

describe('the JSON Schemas of the framework records', () => {
  it('publishes one schema per name, each valid JSON with a stable urn $id, a title and a description', () => {
    expect(Object.keys(schemas)).toEqual([...FRAMEWORK_JSON_SCHEMA_NAMES]);
    for (const name of FRAMEWORK_JSON_SCHEMA_NAMES) {
      const schema = schemas[name];
      expect(asJson(schema)).toEqual(schema);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`${FRAMEWORK_JSON_SCHEMA_ID_PREFIX}${name}`);
      expect(schema.$id).toMatch(/^urn:asc-assure:framework:[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(schema.title.length).toBeGreaterThan(0);
      expect(schema.description.length).toBeGreaterThan(20);
    }
    expect(new Set(Object.values(schemas).map((schema) => schema.$id)).size).toBe(FRAMEWORK_JSON_SCHEMA_NAMES.length);
  });

  it('covers every record the brief of the package names', () => {
    expect(FRAMEWORK_JSON_SCHEMA_NAMES).toEqual(
      expect.arrayContaining([
        'framework-version',
        'theme',
        'quality-statement',
        'evidence-category',
        'information-return-item',
        'information-return-progress',
        'deadline-rules-override',
        'quality-statement-scores',
        'published-result',
        'evidence-item',
        'evidence-bank',
        'self-assessment-statement',
        'action',
        'risk',
        'person-extract-row',
        'case-tracking-record',
        'case-tracking-options',
      ]),
    );
  });

  it('builds the same documents on every call, one at a time or all together', () => {
    expect(frameworkJsonSchema('evidence-item')).toEqual(schemas['evidence-item']);
    expect(frameworkJsonSchemas()).toEqual(schemas);
  });

  it('lists the ids of the framework as enums, in the same order', () => {
    expect(schemas['theme-id'].enum).toEqual([...THEME_IDS]);
    expect(schemas['quality-statement-id'].enum).toEqual([...QUALITY_STATEMENT_IDS]);
    expect(schemas['evidence-category-id'].enum).toEqual([...EVIDENCE_CATEGORY_IDS]);
    expect(schemas['rating-id'].enum).toEqual([...RATING_IDS]);
    expect(schemas['scoring-method-id'].enum).toEqual([...SCORING_METHOD_IDS]);
    expect(schemas['cohort-id'].enum).toEqual([...COHORT_IDS]);
    expect(schemas['evidence-tag'].enum).toEqual([...EVIDENCE_TAGS]);
    expect(schemas['higher-risk-flag-id'].enum).toEqual([...HIGHER_RISK_FLAG_IDS]);
    expect(schemas['quality-statement-scores'].required).toEqual([...QUALITY_STATEMENT_IDS]);
  });

  it('requires exactly the fields the zod schema cannot do without', () => {
    let objectsChecked = 0;
    for (const name of FRAMEWORK_JSON_SCHEMA_NAMES) {
      const schema = schemas[name];
      if (schema.type !== 'object' || schema.properties === undefined) continue;
      const zodObject = frameworkZodSchema(name);
      if (!(zodObject instanceof z.ZodObject)) continue;
      const required = Object.entries(zodObject.shape)
        .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
        .map(([key]) => key);
      expect(schema.required ?? [], name).toEqual(required);
      objectsChecked += 1;
    }
    expect(objectsChecked).toBeGreaterThanOrEqual(20);
  });

  it('accepts real records: the framework itself, the pilot results, an example case list', () => {
    expect(errorsOf('framework-version', CQC_LA_FRAMEWORK_2023)).toEqual([]);
    for (const result of APPENDIX_2_PUBLISHED_RESULTS) expect(errorsOf('published-result', { ...result, publishedOn: '2023-11-17' })).toEqual([]);
    for (const record of exampleCaseTrackingList()) expect(errorsOf('case-tracking-record', record)).toEqual([]);
    expect(errorsOf('case-tracking-options', { asOf: EXAMPLE_CASE_TRACKING_AS_OF })).toEqual([]);
  });

  it('accepts every synthetic evidence bank, self-assessment and extract row the generators make', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (seed) => {
        const asOf = '2025-06-30';
        expect(errorsOf('evidence-bank', generateSyntheticEvidenceBank({ count: 30, seed, asOf }))).toEqual([]);
        const { selfAssessment, actions, risks } = generateSyntheticSelfAssessment({ seed, asOf });
        expect(errorsOf('self-assessment', selfAssessment)).toEqual([]);
        expect(errorsOf('action-list', actions)).toEqual([]);
        expect(errorsOf('risk-register', risks)).toEqual([]);
        for (const row of generateSyntheticExtract({ count: 20, seed, asOf })) expect(errorsOf('person-extract-row', row)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it('refuses what the zod schema refuses for shape: an unknown field, a missing field, an unknown id, a bad date', () => {
    const [record] = exampleCaseTrackingList();
    expect(errorsOf('case-tracking-record', { ...record, surname: 'Smith' })).toContain('$.surname: not allowed');
    const { cohort: _cohort, ...withoutCohort } = record!;
    expect(errorsOf('case-tracking-record', withoutCohort)).toContain('$.cohort: required');
    expect(errorsOf('case-tracking-record', { ...record, cohort: 'CT08' })).toEqual(['$.cohort: "CT08" not in enum']);
    expect(errorsOf('case-tracking-record', { ...record, assessmentDate: '10/06/2025' })).toHaveLength(1);
    expect(errorsOf('score', 5)).toEqual(['$: matches none of anyOf']);
  });
});
