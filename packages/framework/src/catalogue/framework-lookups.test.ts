import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { EVIDENCE_CATEGORY_IDS, QUALITY_STATEMENT_IDS, THEME_IDS } from '../ids.js';
import { CQC_LA_FRAMEWORK_2023 } from './cqc-la-2023.js';
import { CQC_LA_PROPOSALS_2022 } from './cqc-la-proposals-2022.js';
import {
  activeQualityStatements,
  applicableEvidenceCategoriesOf,
  getEvidenceCategory,
  getQualityStatement,
  getTheme,
  qualityStatementsOfTheme,
  suggestedEvidenceSources,
} from './framework-lookups.js';
import { FRAMEWORK_VERSIONS } from './framework-versions.js';

function problemCodeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return InvalidInputError.isInstance(error) ? (error).problems[0]?.code : 'not-invalid-input';
  }
  return undefined;
}

describe('looking up the framework', () => {
  it('finds a current statement by id, precisely typed', () => {
    const safeguarding = getQualityStatement('safeguarding');
    expect(safeguarding.title).toBe('Safeguarding');
    expectTypeOf(safeguarding.id).toEqualTypeOf<'safeguarding'>();
    expectTypeOf(safeguarding.themeId).toEqualTypeOf<'ensuring-safety'>();
  });

  it('finds a statement of another version, including a retired one', () => {
    const leaders = getQualityStatement('capable-compassionate-inclusive-leaders', CQC_LA_PROPOSALS_2022);
    expect(leaders.status).toBe('retired');
  });

  it('refuses ids the version does not have', () => {
    expect(problemCodeOf(() => getQualityStatement('equity-in-experience-and-outcomes', CQC_LA_PROPOSALS_2022))).toBe(
      'unknown-quality-statement',
    );
    expect(problemCodeOf(() => getTheme('workforce', CQC_LA_FRAMEWORK_2023))).toBe('unknown-theme');
    expect(problemCodeOf(() => qualityStatementsOfTheme('workforce', CQC_LA_FRAMEWORK_2023))).toBe('unknown-theme');
    expect(problemCodeOf(() => suggestedEvidenceSources('workforce', 'processes'))).toBe('unknown-quality-statement');
  });

  it('finds themes and evidence categories', () => {
    expect(getTheme('leadership').title).toBe('Leadership');
    expect(getEvidenceCategory('peoples-experience').title).toBe("People's experience");
  });

  it('puts every statement of every version under exactly one of its themes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FRAMEWORK_VERSIONS), (version) => {
        const grouped = version.themes.flatMap((theme) =>
          qualityStatementsOfTheme(theme.id, version).map((statement) => statement.id),
        );
        expect([...grouped].sort()).toEqual(version.qualityStatements.map((statement) => statement.id).sort());
      }),
    );
  });

  it('groups the current statements as the domain reference does', () => {
    expect(THEME_IDS.map((themeId) => qualityStatementsOfTheme(themeId).length)).toEqual([3, 2, 2, 2]);
    expect(qualityStatementsOfTheme('ensuring-safety').map((statement) => statement.id)).toEqual([
      'safe-systems-pathways-transitions',
      'safeguarding',
    ]);
  });

  it('leaves retired statements out of the active ones', () => {
    expect(activeQualityStatements()).toHaveLength(9);
    expect(activeQualityStatements(CQC_LA_PROPOSALS_2022).map((statement) => statement.id)).not.toContain(
      'workforce-equality-diversity-inclusion',
    );
  });
});

describe('suggested evidence sources', () => {
  it('exist for every current statement in every applicable category', () => {
    for (const statementId of QUALITY_STATEMENT_IDS) {
      for (const categoryId of applicableEvidenceCategoriesOf(statementId)) {
        expect(suggestedEvidenceSources(statementId, categoryId)?.sources.length ?? 0).toBeGreaterThan(0);
      }
    }
  });

  it('exist for every statement of every shipped version in every applicable category', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FRAMEWORK_VERSIONS), (version) => {
        for (const statement of version.qualityStatements) {
          for (const categoryId of applicableEvidenceCategoriesOf(statement.id, version)) {
            expect(suggestedEvidenceSources(statement.id, categoryId, version)?.sources.length ?? 0).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it("come from CQC's 2022 tables where CQC published one, and are marked derived where it did not", () => {
    const provenance = (statementId: string) =>
      EVIDENCE_CATEGORY_IDS.map((categoryId) => suggestedEvidenceSources(statementId, categoryId)?.provenance).filter(
        (value) => value !== undefined,
      );
    for (const statementId of QUALITY_STATEMENT_IDS) {
      const expected =
        statementId === 'equity-in-experience-and-outcomes' || statementId === 'care-provision-integration-continuity'
          ? 'derived'
          : 'seed-002';
      expect(new Set(provenance(statementId))).toEqual(new Set([expected]));
    }
  });

  it('include the documents councils know, under the statements they evidence', () => {
    expect(suggestedEvidenceSources('assessing-needs', 'processes')?.sources).toContain('Joint Strategic Needs Assessment');
    expect(suggestedEvidenceSources('safeguarding', 'processes')?.sources).toContain('Safeguarding Adults Board minutes');
    expect(suggestedEvidenceSources('safeguarding', 'feedback-from-partners')?.sources).toContain(
      'Safeguarding Adults Board (SAB) members',
    );
  });

  it('are not suggested for observation, which CQC does not use for local authorities', () => {
    for (const statementId of QUALITY_STATEMENT_IDS) {
      expect(suggestedEvidenceSources(statementId, 'observation')).toBeUndefined();
    }
  });

  it('never repeat a source within one list', () => {
    for (const version of FRAMEWORK_VERSIONS) {
      for (const list of version.suggestedEvidenceSources) expect(new Set(list.sources).size).toBe(list.sources.length);
    }
  });
});
