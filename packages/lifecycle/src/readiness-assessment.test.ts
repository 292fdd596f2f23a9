import { describe, expect, it } from 'vitest';
import { parseAssessmentConfig } from './assessment-config.js';
import { assessmentView, readinessAssessmentOf } from './engine.js';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS } from './testing/example-assessment.js';
import { applyEvent, initialAssessmentState } from './transition.js';
import type { AssessmentState } from './assessment-state.js';

describe('readinessAssessmentOf', () => {
  const config = parseAssessmentConfig(EXAMPLE_ASSESSMENT_CONFIG);

  it('is undefined without an assessment, and has no published result before the report', () => {
    expect(readinessAssessmentOf(undefined)).toBeUndefined();
    expect(readinessAssessmentOf(assessmentView('glos-2024', config, initialAssessmentState()))).toEqual({
      assessmentId: 'glos-2024',
      councilName: 'Gloucestershire County Council',
    });
  });

  it('carries CQC’s published scores and rating once report.published is recorded', () => {
    let state: AssessmentState | undefined;
    for (const event of EXAMPLE_ASSESSMENT_EVENTS) state = applyEvent(state, event, config).snapshot;
    const published = readinessAssessmentOf(assessmentView('glos-2024', config, state!))?.publishedByLifecycle;
    expect(published?.councilName).toBe('Gloucestershire County Council');
    expect(published?.publishedOn).toBe(state!.context.publishedOn);
    expect(published?.scores).toEqual(state!.context.publishedScores);
    expect(published?.rating).toBe(state!.context.publishedRating);
    expect(published?.publishedOn).not.toBeNull();
  });
});
