import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { QUALITY_STATEMENT_IDS, type QualityStatementId, type ThemeId } from '../ids.js';
import { CQC_LA_QUALITY_STATEMENTS, careActSectionSchema, qualityStatementSchema } from './quality-statements.js';
import { CQC_LA_THEMES } from './themes.js';

const DOMAIN_TABLE: readonly (readonly [ThemeId, QualityStatementId, string])[] = [
  ['working-with-people', 'assessing-needs', 'Assessing needs'],
  ['working-with-people', 'supporting-healthier-lives', 'Supporting people to live healthier lives'],
  ['working-with-people', 'equity-in-experience-and-outcomes', 'Equity in experience and outcomes'],
  ['providing-support', 'care-provision-integration-continuity', 'Care provision, integration and continuity'],
  ['providing-support', 'partnerships-and-communities', 'Partnerships and communities'],
  ['ensuring-safety', 'safe-systems-pathways-transitions', 'Safe systems, pathways and transitions'],
  ['ensuring-safety', 'safeguarding', 'Safeguarding'],
  ['leadership', 'governance-management-sustainability', 'Governance, management and sustainability'],
  ['leadership', 'learning-improvement-innovation', 'Learning, improvement and innovation'],
];

describe('the nine quality statements', () => {
  it('are the nine of the domain reference table, under the same themes, in the same order', () => {
    expect(CQC_LA_QUALITY_STATEMENTS.map((statement) => [statement.themeId, statement.id, statement.title])).toEqual(
      DOMAIN_TABLE,
    );
    expect(CQC_LA_QUALITY_STATEMENTS.map((statement) => statement.id)).toEqual([...QUALITY_STATEMENT_IDS]);
  });

  it('are typed with the shared ids, so a misspelt id does not compile', () => {
    expectTypeOf<(typeof CQC_LA_QUALITY_STATEMENTS)[number]['id']>().toEqualTypeOf<QualityStatementId>();
    expectTypeOf<(typeof CQC_LA_QUALITY_STATEMENTS)[number]['themeId']>().toEqualTypeOf<ThemeId>();
  });

  it('each belong to a theme that exists', () => {
    const themeIds = new Set<string>(CQC_LA_THEMES.map((theme) => theme.id));
    for (const statement of CQC_LA_QUALITY_STATEMENTS) expect(themeIds.has(statement.themeId)).toBe(true);
  });

  it('carry the short column heads councils use in results tables', () => {
    expect(CQC_LA_QUALITY_STATEMENTS.map((statement) => statement.shortTitle)).toEqual([
      'Assessing',
      'Supporting',
      'Equity',
      'Integration',
      'Partnership',
      'Safe Systems',
      'Safeguarding',
      'Governance',
      'Learning',
    ]);
  });

  it('have no invented I statements where CQC publishes none', () => {
    const withoutI = CQC_LA_QUALITY_STATEMENTS.filter((statement) => statement.iStatements.length === 0).map(
      (statement) => statement.id,
    );
    expect(withoutI).toEqual([
      'partnerships-and-communities',
      'governance-management-sustainability',
      'learning-improvement-innovation',
    ]);
  });

  it('map safeguarding to the Care Act sections CQC publishes', () => {
    const safeguarding = CQC_LA_QUALITY_STATEMENTS.find((statement) => statement.id === 'safeguarding');
    expect(safeguarding?.careActSections).toEqual(['s1', 'ss6-7', 'ss42-43', 's68']);
    expect(safeguarding?.careActSectionsSource).toBe('cqc-guidance');
  });

  it('each pass the quality statement schema and are all active', () => {
    for (const statement of CQC_LA_QUALITY_STATEMENTS) {
      expect(qualityStatementSchema.safeParse(statement).success).toBe(true);
      expect(statement.status).toBe('active');
    }
  });
});

describe('Care Act section references', () => {
  it('accept a single section or an ascending range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 998 }), fc.integer({ min: 1, max: 100 }), (from, span) => {
        const to = Math.min(999, from + span);
        expect(careActSectionSchema.safeParse(`s${from}`).success).toBe(true);
        expect(careActSectionSchema.safeParse(`ss${from}-${to}`).success).toBe(true);
      }),
    );
  });

  it('refuse a range that runs backwards or stands still', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 100 }), (to, span) => {
        const from = Math.min(999, to + span);
        const result = careActSectionSchema.safeParse(`ss${from}-${to}`);
        expect(result.success).toBe(false);
        expect(result.error?.issues[0]?.message).toContain('from a lower to a higher section');
      }),
    );
  });

  it('refuse references not written the Care Act way', () => {
    for (const written of ['42', 'section 42', 'S42', 's42-43', 'ss42', '']) {
      expect(careActSectionSchema.safeParse(written).success).toBe(false);
    }
  });
});
