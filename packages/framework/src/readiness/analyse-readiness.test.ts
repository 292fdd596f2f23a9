import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CQC_LA_FRAMEWORK_2023, DEFAULT_APPLICABLE_EVIDENCE_CATEGORY_IDS } from '../catalogue/index.js';
import { InvalidInputError } from '../errors.js';
import { EVIDENCE_CATEGORY_IDS, QUALITY_STATEMENT_IDS, SCORES, type QualityStatementId, type Score } from '../ids.js';
import { rateLocalAuthority } from '../scoring/index.js';
import type { ActionInput } from './action.js';
import { analyseReadiness, type ReadinessInput } from './analyse-readiness.js';
import { READINESS_DEFAULT_EVIDENCE_CATEGORIES } from './applicable-evidence-categories.js';
import type { ReadinessReport } from './readiness-report.js';
import type { EvidenceItemInput } from './evidence-item.js';
import { EVIDENCE_TAGS } from './evidence-tags.js';
import { addCalendarDays } from '../calendar/iso-date.js';
import { invalidInputThrownBy } from '../testing/invalid-input.js';
import { READINESS_FINDING_SEVERITIES } from './readiness-findings.js';
import type { RiskInput } from './risk.js';
import type { SelfAssessmentStatementInput } from './self-assessment.js';

const asOf = '2025-06-30';
const allButSafeguarding = QUALITY_STATEMENT_IDS.filter((id) => id !== 'safeguarding');
const fourCategories = ['peoples-experience', 'feedback-from-staff-and-leaders', 'feedback-from-partners', 'processes'] as const;

function item(id: string, overrides: Partial<EvidenceItemInput> = {}): EvidenceItemInput {
  return {
    id,
    title: `Evidence ${id}`,
    owner: 'Head of Quality Assurance',
    qualityStatementIds: ['assessing-needs'],
    evidenceCategoryIds: ['processes'],
    effectiveFrom: '2025-01-01',
    reviewBy: '2026-01-01',
    tags: [],
    ...overrides,
  };
}

/**
 * A small council whose gaps are known: safeguarding lacks equality evidence and has thin partner
 * feedback; one stale, one expired, one due-for-review and one not-yet-effective item; a missing
 * self-assessment entry; an area for improvement pointing at an action that does not exist; an
 * overdue action; a risk scoring 20.
 */
function smallCouncil(): ReadinessInput & { selfAssessment: SelfAssessmentStatementInput[]; actions: ActionInput[]; risks: RiskInput[] } {
  const evidence: EvidenceItemInput[] = [
    ...['Local Account 2024/25', 'Adult social care staff survey 2025', 'Partnership board feedback 2025'].map((title, index) =>
      item(`EV-A${index + 1}`, {
        title,
        qualityStatementIds: allButSafeguarding,
        evidenceCategoryIds: [...fourCategories],
        tags: ['equality', 'unpaid-carers'],
      })
    ),
    ...[1, 2, 3].map((number) =>
      item(`EV-S${number}`, {
        title: `Safeguarding Adults Board Annual Report part ${number}`,
        qualityStatementIds: ['safeguarding'],
        evidenceCategoryIds: ['peoples-experience', 'feedback-from-staff-and-leaders', 'processes'],
        tags: ['safeguarding', 'unpaid-carers'],
      })
    ),
    item('EV-S4', {
      title: 'Multi-agency safeguarding audit 2025',
      qualityStatementIds: ['safeguarding'],
      evidenceCategoryIds: ['feedback-from-partners'],
    }),
    item('EV-STALE', {
      title: 'Market Position Statement 2022-2024',
      qualityStatementIds: ['care-provision-integration-continuity'],
      effectiveFrom: '2022-04-01',
      reviewBy: undefined,
    }),
    item('EV-EXPIRED', {
      title: "Carers' Strategy 2021-2024",
      qualityStatementIds: ['assessing-needs'],
      effectiveFrom: '2021-04-01',
      effectiveTo: '2024-12-31',
    }),
    item('EV-DUE', {
      title: 'Quality Assurance Framework 2025',
      qualityStatementIds: ['governance-management-sustainability'],
      effectiveFrom: '2025-03-01',
      reviewBy: '2025-07-15',
    }),
    item('EV-FUTURE', {
      title: 'Prevention Strategy 2025-2028',
      qualityStatementIds: ['supporting-healthier-lives'],
      effectiveFrom: '2025-09-01',
      reviewBy: undefined,
    }),
  ];
  const selfAssessment: SelfAssessmentStatementInput[] = QUALITY_STATEMENT_IDS.filter((id) => id !== 'learning-improvement-innovation').map(
    (qualityStatementId, index) => ({
      qualityStatementId,
      narrative: `How we do ${qualityStatementId}`,
      strengths: ['A strength we can evidence'],
      areasForImprovement: [{ id: `AFI-${index + 1}`, description: `Improve ${qualityStatementId}`, actionIds: [`ACT-${index + 1}`] }],
      selfScore: 3,
      updatedOn: '2025-06-01',
    })
  );
  const patch = (id: QualityStatementId, change: Partial<SelfAssessmentStatementInput>): void => {
    const entry = selfAssessment.find((statement) => statement.qualityStatementId === id)!;
    Object.assign(entry, change);
  };
  patch('assessing-needs', {
    areasForImprovement: [{ id: 'AFI-1', description: 'Reduce the occupational therapy waiting list', actionIds: ['ACT-404'] }],
  });
  patch('equity-in-experience-and-outcomes', { selfScore: 2, areasForImprovement: [] });
  patch('partnerships-and-communities', { updatedOn: '2025-01-10' });
  patch('safe-systems-pathways-transitions', { strengths: [] });

  const actions: ActionInput[] = [2, 4, 5, 6, 7, 8].map((number) => ({
    id: `ACT-${number}`,
    title: `Action ${number}`,
    owner: 'Head of Operations',
    dueDate: '2025-09-30',
    status: 'in-progress',
    qualityStatementIds: [QUALITY_STATEMENT_IDS[number - 1]!],
  }));
  actions[0] = { ...actions[0]!, title: 'Publish the prevention offer', dueDate: '2025-06-01' };
  actions.push({
    id: 'ACT-DONE',
    title: 'Refresh the carers offer',
    owner: "Carers' Lead",
    dueDate: '2025-03-31',
    status: 'done',
    qualityStatementIds: ['assessing-needs'],
  });
  actions.push({
    id: 'ACT-ORPHAN',
    title: 'Review charging letters',
    owner: 'Head of Finance',
    dueDate: '2025-12-31',
    status: 'planned',
    areaForImprovementId: 'AFI-GONE',
  });
  const risks: RiskInput[] = [
    {
      id: 'RISK-1',
      title: 'The Information Return cannot be assembled in three weeks',
      owner: 'CQC Assurance Lead',
      likelihood: 4,
      impact: 5,
      mitigation: 'Quarterly evidence refresh',
    },
    {
      id: 'RISK-2',
      title: 'Key staff leave before the visit',
      owner: 'CQC Assurance Lead',
      likelihood: 2,
      impact: 3,
      mitigation: 'Deputies briefed',
    },
  ];
  return { evidence, selfAssessment, actions, risks };
}

const summary = (report: ReadinessReport): string[] =>
  report.findings.map((finding) => [finding.severity, finding.code, finding.qualityStatementId ?? finding.recordId ?? '-'].join(' '));

describe('a small council with known gaps', () => {
  const report = analyseReadiness(smallCouncil(), { asOf });

  it('yields exactly the findings for those gaps, most urgent first', () => {
    expect(summary(report)).toEqual([
      'high self-assessment-missing learning-improvement-innovation',
      'high no-equality-evidence safeguarding',
      'high area-for-improvement-without-action assessing-needs',
      'medium action-overdue supporting-healthier-lives',
      'medium no-areas-for-improvement equity-in-experience-and-outcomes',
      'medium evidence-stale care-provision-integration-continuity',
      'medium self-assessment-not-refreshed partnerships-and-communities',
      'medium unknown-action-reference assessing-needs',
      'medium high-risk RISK-1',
      'low evidence-category-thin safeguarding',
      'low evidence-expired assessing-needs',
      'low evidence-review-due-soon governance-management-sustainability',
      'low no-strengths-recorded safe-systems-pathways-transitions',
      'low action-for-unknown-area ACT-ORPHAN',
    ]);
  });

  it('says each finding in plain English', () => {
    const message = (code: string): string | undefined => report.findings.find((finding) => finding.code === code)?.message;
    expect(message('action-overdue')).toBe(
      'The action "Publish the prevention offer" (owner: Head of Operations) was due on 2025-06-01 and is 29 days overdue'
    );
    expect(message('evidence-category-thin')).toBe(
      'Safeguarding has only 1 current item of feedback from partners evidence: 3 or more make it strong'
    );
    expect(message('area-for-improvement-without-action')).toBe(
      'The area for improvement "Reduce the occupational therapy waiting list" (Assessing needs) has no action in the improvement plan: the actions it names (ACT-404) are not in the action list'
    );
  });

  it('names statements and categories as CQC does unless told otherwise', () => {
    const message = (code: string): string | undefined => report.findings.find((finding) => finding.code === code)?.message;
    expect(message('no-strengths-recorded')).toBe(
      'The self-assessment for Safe systems, pathways and transitions lists no strengths: be clear on what you do well, and evidence it'
    );
    const noPartnerFeedback = analyseReadiness(
      { ...smallCouncil(), evidence: smallCouncil().evidence.filter((entry) => entry.id !== 'EV-S4') },
      { asOf }
    );
    expect(noPartnerFeedback.findings.find((finding) => finding.code === 'evidence-category-missing')?.message).toBe(
      'Safeguarding has no current evidence of feedback from partners'
    );
    const noPeoplesExperience = analyseReadiness(
      { ...smallCouncil(), evidence: smallCouncil().evidence.map((entry) => ({ ...entry, evidenceCategoryIds: ['processes' as const] })) },
      { asOf }
    );
    expect(noPeoplesExperience.findings.map((finding) => finding.message)).toContain(
      "Supporting people to live healthier lives has no current evidence of people's experience"
    );
  });

  it('expects by default the evidence categories the catalogue says apply', () => {
    expect(READINESS_DEFAULT_EVIDENCE_CATEGORIES).toBe(CQC_LA_FRAMEWORK_2023.applicableEvidenceCategories);
    for (const row of report.coverage) {
      const applicable = row.categories.filter((cell) => cell.status !== 'not-applicable').map((cell) => cell.evidenceCategoryId);
      expect(applicable).toEqual([...DEFAULT_APPLICABLE_EVIDENCE_CATEGORY_IDS]);
    }
  });

  it('uses display labels when given', () => {
    const labelled = analyseReadiness(smallCouncil(), {
      asOf,
      evidenceCategoryLabels: { 'feedback-from-partners': 'Feedback from partners' },
      qualityStatementLabels: { safeguarding: 'QS7 Safeguarding' },
    });
    expect(labelled.findings.find((finding) => finding.code === 'evidence-category-thin')?.message).toMatch(
      /^QS7 Safeguarding has only 1 current item of feedback from partners/
    );
  });

  it('builds the coverage matrix from current items only', () => {
    const safeguarding = report.coverage.find((row) => row.qualityStatementId === 'safeguarding')!;
    expect(safeguarding.categories.map((cell) => [cell.evidenceCategoryId, cell.currentItemCount, cell.status])).toEqual([
      ['peoples-experience', 3, 'strong'],
      ['feedback-from-staff-and-leaders', 3, 'strong'],
      ['feedback-from-partners', 1, 'thin'],
      ['observation', 0, 'not-applicable'],
      ['processes', 3, 'strong'],
      ['outcomes', 0, 'not-applicable'],
    ]);
    expect(safeguarding.coveragePercentage).toBe(83);
    const careProvision = report.coverage.find((row) => row.qualityStatementId === 'care-provision-integration-continuity')!;
    expect(careProvision.categories.find((cell) => cell.evidenceCategoryId === 'processes')).toMatchObject({
      currentItemCount: 3,
      staleItemCount: 1,
    });
  });

  it('lists the stale, expired and due-for-review items and counts the one not yet in effect', () => {
    expect(report.staleItems.map((entry) => [entry.evidenceItemId, entry.reason])).toEqual([['EV-STALE', 'no-review-date']]);
    expect(report.expiredItems.map((entry) => [entry.evidenceItemId, entry.date])).toEqual([['EV-EXPIRED', '2024-12-31']]);
    expect(report.reviewDueSoonItems.map((entry) => entry.evidenceItemId)).toEqual(['EV-DUE']);
    expect(report.counts).toEqual({ evidenceItems: 11, current: 8, stale: 1, expired: 1, notYetEffective: 1, reviewDueSoon: 1 });
  });

  it('finds the equality gap in safeguarding and no unpaid-carer gap', () => {
    expect(report.equalityGap).toEqual({
      tag: 'equality',
      qualityStatementIdsWithout: ['safeguarding'],
      statementsCovered: 8,
      currentItemCount: 3,
    });
    expect(report.unpaidCarersGap.qualityStatementIdsWithout).toEqual([]);
  });

  it('lists the area for improvement without an action and the overdue action', () => {
    expect(report.areasForImprovementWithoutAction).toEqual([
      {
        qualityStatementId: 'assessing-needs',
        areaForImprovementId: 'AFI-1',
        description: 'Reduce the occupational therapy waiting list',
        unknownActionIds: ['ACT-404'],
      },
    ]);
    expect(report.overdueActions.map((action) => [action.actionId, action.daysOverdue])).toEqual([['ACT-2', 29]]);
  });

  it('cannot predict a rating while a statement has no self-assessment', () => {
    expect(report.predictedRating).toEqual({ status: 'incomplete', missingQualityStatementIds: ['learning-improvement-innovation'] });
    expect(report.publishedComparison).toBeNull();
  });

  it('scores readiness from its documented parts', () => {
    const parts = Object.fromEntries(report.readinessScoreParts.map((part) => [part.part, part.fraction]));
    expect(parts['self-assessment']).toBeCloseTo(8 / 9, 10);
    expect(parts['equality-and-unpaid-carers']).toBeCloseTo(17 / 18, 10);
    expect(parts['improvement-plans']).toBeCloseTo(6 / 7, 10);
    expect(report.readinessScore).toBe(Math.round(report.readinessScoreParts.reduce((sum, part) => sum + part.points, 0)));
  });
});

describe('a council with a complete self-assessment', () => {
  const complete = (): ReturnType<typeof smallCouncil> => {
    const council = smallCouncil();
    council.selfAssessment.push({
      qualityStatementId: 'learning-improvement-innovation',
      narrative: 'How we learn',
      strengths: ['Practice forums'],
      selfScore: 4,
      updatedOn: '2025-06-01',
      areasForImprovement: [],
    });
    return council;
  };

  it('predicts the rating its self-scores give', () => {
    const report = analyseReadiness(complete(), { asOf });
    expect(report.predictedRating.status).toBe('complete');
    if (report.predictedRating.status !== 'complete') return;
    expect(report.predictedRating.result.total).toBe(27);
    expect(report.predictedRating.result.rating).toBe('good');
  });

  it('compares its self-scores with the published result once CQC publishes', () => {
    const scores = Object.fromEntries(QUALITY_STATEMENT_IDS.map((id) => [id, 3])) as Record<QualityStatementId, Score>;
    const published = {
      publishedOn: '2025-11-20',
      rating: 'good' as const,
      scores: { ...scores, 'learning-improvement-innovation': 3 as const, 'equity-in-experience-and-outcomes': 3 as const },
    };
    const report = analyseReadiness({ ...complete(), published }, { asOf });
    expect(report.publishedComparison?.overestimated).toEqual(['learning-improvement-innovation']);
    expect(report.publishedComparison?.underestimated).toEqual(['equity-in-experience-and-outcomes']);
    expect(summary(report).filter((line) => line.includes('published'))).toEqual([
      'low self-score-above-published learning-improvement-innovation',
      'low self-score-below-published equity-in-experience-and-outcomes',
    ]);
  });

  it('flags a high self-score that the evidence does not support', () => {
    const council = complete();
    const report = analyseReadiness({ ...council, evidence: council.evidence.filter((entry) => !entry.id.startsWith('EV-S')) }, { asOf });
    expect(summary(report)).toContain('high statement-without-current-evidence safeguarding');
    expect(summary(report)).toContain('medium self-score-not-evidenced safeguarding');
  });
});

describe('refusing records that cannot be analysed', () => {
  const problemsOf = (action: () => unknown): string[] => invalidInputThrownBy(action).problems.map((problem) => problem.message);

  it('names evidence that maps to an unknown statement, repeats an id or has a bad date', () => {
    const council = smallCouncil();
    const evidence = [
      ...council.evidence,
      item('EV-A1'),
      item('EV-X', { qualityStatementIds: ['leadership-culture' as QualityStatementId] }),
      item('EV-Y', { effectiveFrom: '1 April 2025' }),
    ];
    expect(problemsOf(() => analyseReadiness({ ...council, evidence }, { asOf }))).toEqual([
      'the id EV-A1 is used by more than one evidence item',
      'evidence item EV-X names "leadership-culture", which is not a quality statement',
      'evidence item EV-Y has an effective-from date that is not a date written YYYY-MM-DD',
    ]);
  });

  it('refuses a missing or impossible as-of date', () => {
    expect(() => analyseReadiness(smallCouncil(), { asOf: '2025-02-30' })).toThrow(InvalidInputError);
    expect(() => analyseReadiness(smallCouncil(), {} as { asOf: string })).toThrow(InvalidInputError);
  });

  it('refuses a self-assessment with two entries for one statement', () => {
    const council = smallCouncil();
    const selfAssessment = [...council.selfAssessment, council.selfAssessment[0]!];
    expect(problemsOf(() => analyseReadiness({ ...council, selfAssessment }, { asOf })).join(' ')).toContain(
      'assessing-needs has more than one self-assessment entry'
    );
  });

  it('lists at most a hundred evidence problems and counts the rest', () => {
    const evidence = Array.from({ length: 150 }, (_unused, index) => item(`EV-${index}`, { effectiveFrom: 'soon' }));
    const problems = problemsOf(() => analyseReadiness({ ...smallCouncil(), evidence }, { asOf }));
    expect(problems).toHaveLength(101);
    expect(problems[100]).toBe('and 50 more problems in the evidence bank');
  });
});

const dayOffset = fc.integer({ min: -900, max: 300 });
const evidenceItemArbitrary = fc
  .record({
    qualityStatementIds: fc.subarray([...QUALITY_STATEMENT_IDS], { minLength: 1 }),
    evidenceCategoryIds: fc.subarray([...EVIDENCE_CATEGORY_IDS], { minLength: 1 }),
    tags: fc.subarray([...EVIDENCE_TAGS]),
    from: dayOffset,
    length: fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined }),
    review: fc.option(dayOffset, { nil: undefined }),
  })
  .map(
    ({ from, length, review, ...rest }): Omit<EvidenceItemInput, 'id'> => ({
      title: 'Generated evidence',
      owner: 'Generated owner',
      effectiveFrom: addCalendarDays(asOf, from),
      ...(length === undefined ? {} : { effectiveTo: addCalendarDays(asOf, from + length) }),
      ...(review === undefined ? {} : { reviewBy: addCalendarDays(asOf, review) }),
      ...rest,
    })
  );
const bankArbitrary = fc
  .array(evidenceItemArbitrary, { maxLength: 25 })
  .map((items) => items.map((entry, index) => ({ ...entry, id: `EV-${index}` })));
const noPlans = { selfAssessment: [], actions: [] };
const counts = (report: ReadinessReport): number[] => report.coverage.flatMap((row) => row.categories.map((cell) => cell.currentItemCount));

describe('properties of the readiness analysis', () => {
  it('adding an evidence item never lowers a coverage count', () => {
    fc.assert(
      fc.property(bankArbitrary, evidenceItemArbitrary, (bank, extra) => {
        const before = counts(analyseReadiness({ evidence: bank, ...noPlans }, { asOf }));
        const after = counts(analyseReadiness({ evidence: [...bank, { ...extra, id: 'EV-extra' }], ...noPlans }, { asOf }));
        after.forEach((count, cell) => expect(count).toBeGreaterThanOrEqual(before[cell]!));
      })
    );
  });

  it('an item whose effective-to date is before the as-of date never counts as current', () => {
    fc.assert(
      fc.property(bankArbitrary, evidenceItemArbitrary, fc.integer({ min: 1, max: 400 }), (bank, extra, daysAgo) => {
        const effectiveTo = addCalendarDays(asOf, -daysAgo);
        const expired = { ...extra, id: 'EV-expired', effectiveFrom: addCalendarDays(effectiveTo, -30), effectiveTo };
        const without = analyseReadiness({ evidence: bank, ...noPlans }, { asOf });
        const withExpired = analyseReadiness({ evidence: [...bank, expired], ...noPlans }, { asOf });
        expect(counts(withExpired)).toEqual(counts(without));
        expect(withExpired.counts.current).toBe(without.counts.current);
        expect(withExpired.expiredItems.map((entry) => entry.evidenceItemId)).toContain('EV-expired');
      })
    );
  });

  it('the predicted rating is the rating of the self-scores', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SCORES), { minLength: 9, maxLength: 9 }), (scores) => {
        const selfAssessment = QUALITY_STATEMENT_IDS.map((qualityStatementId, index) => ({
          qualityStatementId,
          narrative: 'Narrative',
          selfScore: scores[index]!,
          updatedOn: asOf,
        }));
        const report = analyseReadiness({ evidence: [], selfAssessment, actions: [] }, { asOf });
        const selfScores = Object.fromEntries(QUALITY_STATEMENT_IDS.map((id, index) => [id, scores[index]])) as Record<
          QualityStatementId,
          Score
        >;
        expect(report.predictedRating).toEqual({ status: 'complete', selfScores, result: rateLocalAuthority(selfScores) });
      })
    );
  });

  it('the readiness score is between 0 and 100 and findings come most urgent first', () => {
    fc.assert(
      fc.property(bankArbitrary, (bank) => {
        const report = analyseReadiness({ evidence: bank, ...noPlans }, { asOf });
        expect(report.readinessScore).toBeGreaterThanOrEqual(0);
        expect(report.readinessScore).toBeLessThanOrEqual(100);
        const ranks = report.findings.map((finding) => READINESS_FINDING_SEVERITIES.indexOf(finding.severity));
        expect(ranks).toEqual([...ranks].sort((first, second) => first - second));
      })
    );
  });

  it('every item is counted once as current, stale, expired or not yet effective', () => {
    fc.assert(
      fc.property(bankArbitrary, (bank) => {
        const { counts: tally } = analyseReadiness({ evidence: bank, ...noPlans }, { asOf });
        expect(tally.current + tally.stale + tally.expired + tally.notYetEffective).toBe(bank.length);
      })
    );
  });
});
