import { describe, expect, it } from 'vitest';
import type { AssessmentSummary } from './api/resources.js';
import { chooseAssessment } from './current-assessment.js';

const summary = (assessmentId: string, stateId: string, version = 0): AssessmentSummary => ({
  assessmentId,
  councilId: 'gloucestershire',
  councilName: 'Gloucestershire',
  stateId,
  stage: 1,
  stateLabel: stateId,
  nextDeadline: null,
  version,
});

describe('which assessment the council pages show', () => {
  it('shows the assessment still in progress rather than a published one', () => {
    expect(chooseAssessment([summary('glos-2024', 'published'), summary('glos-2027', 'case-tracking'), summary('glos-2030', 'withdrawn')], null)?.assessmentId).toBe('glos-2027');
  });

  it('shows the assessment under way rather than one still waiting for its notice', () => {
    expect(chooseAssessment([summary('glos-2026', 'information-return', 1), summary('gloucestershire-2024', 'awaiting-notice', 0)], null)?.assessmentId).toBe('glos-2026');
  });

  it('shows the one named in the address when there is such an assessment', () => {
    expect(chooseAssessment([summary('glos-2024', 'published'), summary('glos-2027', 'case-tracking')], 'glos-2024')?.assessmentId).toBe('glos-2024');
    expect(chooseAssessment([summary('glos-2027', 'case-tracking')], 'nope')?.assessmentId).toBe('glos-2027');
  });

  it('shows the latest finished one when none is in progress, and none for a council without assessments', () => {
    expect(chooseAssessment([summary('a', 'published'), summary('b', 'withdrawn')], null)?.assessmentId).toBe('b');
    expect(chooseAssessment([], null)).toBeUndefined();
  });
});
