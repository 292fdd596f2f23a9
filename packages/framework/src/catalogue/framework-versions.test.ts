import { describe, expect, expectTypeOf, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { QUALITY_STATEMENT_IDS, type QualityStatementId } from '../ids.js';
import { CQC_LA_FRAMEWORK_2023 } from './cqc-la-2023.js';
import { CQC_LA_PROPOSALS_2022 } from './cqc-la-proposals-2022.js';
import { DEFAULT_FRAMEWORK_VERSION_ID, FRAMEWORK_VERSIONS, getFrameworkVersion } from './framework-versions.js';

describe('the shipped framework versions', () => {
  it('default to CQC framework in use since 2023', () => {
    expect(DEFAULT_FRAMEWORK_VERSION_ID).toBe('cqc-la-2023');
    expect(getFrameworkVersion(DEFAULT_FRAMEWORK_VERSION_ID)).toBe(CQC_LA_FRAMEWORK_2023);
  });

  it('have unique ids, newest first', () => {
    const ids = FRAMEWORK_VERSIONS.map((version) => version.id);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = FRAMEWORK_VERSIONS.map((version) => version.effectiveFrom);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('are found by id, precisely typed', () => {
    const proposals = getFrameworkVersion('cqc-la-proposals-2022');
    expect(proposals).toBe(CQC_LA_PROPOSALS_2022);
    expectTypeOf(getFrameworkVersion('cqc-la-2023').qualityStatements).items.toHaveProperty('id').toEqualTypeOf<QualityStatementId>();
  });

  it('refuse an unknown id, listing the versions that exist', () => {
    expect(() => getFrameworkVersion('cqc-la-2030')).toThrow(
      'Unknown framework version: "cqc-la-2030" is not a known framework version (known versions: cqc-la-2023, cqc-la-proposals-2022)',
    );
    try {
      getFrameworkVersion('cqc-la-2030');
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
    }
  });
});

describe('the current framework', () => {
  it('has the nine statements, all active, and can be scored either way', () => {
    expect(CQC_LA_FRAMEWORK_2023.qualityStatements.map((statement) => statement.id)).toEqual([...QUALITY_STATEMENT_IDS]);
    expect(CQC_LA_FRAMEWORK_2023.scoringMethods).toEqual(['evidence-category', 'quality-statement']);
  });

  it('applies people, staff, partners and processes to every statement by default', () => {
    for (const id of QUALITY_STATEMENT_IDS) {
      expect(CQC_LA_FRAMEWORK_2023.applicableEvidenceCategories[id]).toEqual([
        'peoples-experience',
        'feedback-from-staff-and-leaders',
        'feedback-from-partners',
        'processes',
      ]);
    }
  });
});

describe("CQC's 2022 proposals", () => {
  it('include the two statements CQC later dropped, marked retired', () => {
    const retired = CQC_LA_PROPOSALS_2022.qualityStatements.filter((statement) => statement.status === 'retired');
    expect(retired.map((statement) => [statement.id, statement.title])).toEqual([
      ['workforce-equality-diversity-inclusion', 'Workforce equality, diversity and inclusion'],
      ['capable-compassionate-inclusive-leaders', 'Capable, compassionate and inclusive leaders'],
    ]);
    for (const statement of retired) expect(statement.note).toContain('dropped');
  });

  it('did not yet have equity in experience and outcomes, and were scored by evidence category', () => {
    const ids: readonly string[] = CQC_LA_PROPOSALS_2022.qualityStatements.map((statement) => statement.id);
    expect(ids).not.toContain('equity-in-experience-and-outcomes');
    expect(CQC_LA_PROPOSALS_2022.scoringMethods).toEqual(['evidence-category']);
  });

  it('keep the statements that survived under their current ids', () => {
    const surviving = CQC_LA_PROPOSALS_2022.qualityStatements
      .filter((statement) => statement.status === 'active')
      .map((statement) => statement.id);
    expect(surviving.every((id) => (QUALITY_STATEMENT_IDS as readonly string[]).includes(id))).toBe(true);
    expect(surviving).toHaveLength(8);
  });
});
