import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exampleCaseTrackingList } from '../testing/case-tracking-examples.js';
import { caseTrackingOptionsSchema } from './case-tracking-options.js';
import { caseTrackingRecordSchema, NEEDS_SUMMARY_MAX_CHARACTERS } from './case-tracking-record.js';
import { personExtractRowSchema } from './person-extract-row.js';
import { PROTECTED_CHARACTERISTICS, type ProtectedCharacteristicDefinition } from './protected-characteristics.js';
import { HIGHER_RISK_FLAG_IDS, HIGHER_RISK_FLAG_LABELS } from './higher-risk-flags.js';

describe('a row of the extract', () => {
  const row = { localPersonId: ' LAS-1 ', cohorts: ['CT05', 'CT01', 'CT05'], firstContactDate: '2024-01-02', assessmentDate: '2024-02-03' };

  it('lists cohorts in CT order without repeats, trims the id, and defaults flags to none', () => {
    expect(personExtractRowSchema.parse({ ...row, unknownColumn: 'dropped' })).toEqual({
      localPersonId: 'LAS-1',
      cohorts: ['CT01', 'CT05'],
      firstContactDate: '2024-01-02',
      assessmentDate: '2024-02-03',
      higherRiskFlags: [],
    });
  });

  it('needs at least one cohort, and a primary cohort among them', () => {
    expect(personExtractRowSchema.safeParse({ ...row, cohorts: [] }).success).toBe(false);
    expect(personExtractRowSchema.safeParse({ ...row, primaryCohort: 'CT07' }).success).toBe(false);
    expect(personExtractRowSchema.safeParse({ ...row, primaryCohort: 'CT05' }).success).toBe(true);
  });

  it('takes protected characteristics only as their stable ids', () => {
    expect(personExtractRowSchema.safeParse({ ...row, ethnicity: 'black', religion: 'sikh', ageBand: '85+' }).success).toBe(true);
    expect(personExtractRowSchema.safeParse({ ...row, ethnicity: 'Black British' }).success).toBe(false);
  });
});

describe('the characteristic and risk catalogues', () => {
  it('every value of every protected characteristic has a label, and ids are stable kebab-case', () => {
    const definitions: readonly ProtectedCharacteristicDefinition[] = Object.values(PROTECTED_CHARACTERISTICS);
    for (const definition of definitions) {
      expect(definition.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const valueId of definition.valueIds) {
        expect(definition.valueLabels[valueId]).toBeTruthy();
        if (definition.id !== 'age-band') expect(valueId).toMatch(/^[a-z]+(-[a-z]+)*$/);
      }
    }
    for (const flag of HIGHER_RISK_FLAG_IDS) expect(HIGHER_RISK_FLAG_LABELS[flag]).toBeTruthy();
  });
});

describe('a case-tracking record', () => {
  const [valid] = exampleCaseTrackingList();

  it('refuses fields it does not know, so nothing extra rides along', () => {
    expect(caseTrackingRecordSchema.safeParse({ ...valid, surname: 'x' }).success).toBe(false);
  });

  it('holds a needs summary of at most one page', () => {
    expect(caseTrackingRecordSchema.safeParse({ ...valid, needsSummary: 'x'.repeat(NEEDS_SUMMARY_MAX_CHARACTERS) }).success).toBe(true);
    expect(caseTrackingRecordSchema.safeParse({ ...valid, needsSummary: 'x'.repeat(NEEDS_SUMMARY_MAX_CHARACTERS + 1) }).success).toBe(false);
  });

  it('needs a mailbox as the lead professional contact and is "submitted" until CQC selects', () => {
    const { selectionStatus: _selectionStatus, ...withoutStatus } = valid ?? {};
    expect(caseTrackingRecordSchema.parse(withoutStatus).selectionStatus).toBe('submitted');
    expect(caseTrackingRecordSchema.safeParse({ ...valid, leadProfessionalContact: 'call the office' }).success).toBe(false);
  });

  it('can be described as JSON Schema for other tools', () => {
    const schema = JSON.stringify(z.toJSONSchema(caseTrackingRecordSchema));
    expect(schema).toContain('consentToBeContacted');
  });
});

describe('case-tracking options', () => {
  it('default to what CQC asks for today: 50 people, 10 selected (6 tracked, 4 reserves), 12 months, all seven cohorts', () => {
    expect(caseTrackingOptionsSchema.parse({ asOf: '2025-06-10' })).toMatchObject({
      size: 50,
      selectedCount: 10,
      trackedCount: 6,
      reserveCount: 4,
      assessmentWindowMonths: 12,
      requiredCohorts: ['CT01', 'CT02', 'CT03', 'CT04', 'CT05', 'CT06', 'CT07'],
    });
  });

  it('refuse tracked and reserve counts that do not add up to the selected count, or a selection larger than the list', () => {
    expect(caseTrackingOptionsSchema.safeParse({ asOf: '2025-06-10', trackedCount: 5 }).success).toBe(false);
    expect(
      caseTrackingOptionsSchema.safeParse({ asOf: '2025-06-10', size: 8, selectedCount: 10, trackedCount: 6, reserveCount: 4 }).success,
    ).toBe(false);
  });
});
