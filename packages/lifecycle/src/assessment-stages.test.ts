import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STAGES, ASSESSMENT_STATE_IDS, ASSESSMENT_STATES, assessmentStage, isAssessmentStateId, stageOfState } from './assessment-stages.js';

describe('the six stages', () => {
  it('CQC numbers its stages 1 to 6, data review second', () => {
    expect(ASSESSMENT_STAGES.map((stage) => `${stage.stage} ${stage.id}`)).toEqual([
      '1 notice',
      '2 data-review',
      '3 information-return',
      '4 case-tracking',
      '5 onsite',
      '6 report',
    ]);
    expect(assessmentStage(4).inSentence).toBe('case tracking');
  });

  it('the states run through the stages in order', () => {
    const stages = ASSESSMENT_STATE_IDS.filter((id) => id !== 'withdrawn').map((id) => stageOfState(id));
    expect(stages).toEqual([...stages].sort());
    expect(Object.keys(ASSESSMENT_STATES)).toEqual([...ASSESSMENT_STATE_IDS]);
  });

  it('a withdrawn assessment keeps the stage it stopped at', () => {
    expect(stageOfState('withdrawn', 'onsite')).toBe(5);
    expect(stageOfState('withdrawn', null)).toBe(1);
  });

  it('only the two final states are final', () => {
    expect(ASSESSMENT_STATE_IDS.filter((id) => ASSESSMENT_STATES[id].final)).toEqual(['published', 'withdrawn']);
  });

  it('knows its own state ids and nothing else', () => {
    expect(isAssessmentStateId('case-tracking')).toBe(true);
    expect(isAssessmentStateId('inspection')).toBe(false);
    expect(isAssessmentStateId(4)).toBe(false);
  });
});
