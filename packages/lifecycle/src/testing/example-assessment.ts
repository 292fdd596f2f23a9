import type { AssessmentConfigInput } from '../assessment-config.js';
import type { AssessmentEventInput } from '../events.js';

/** Settings of the example assessment: CQC's defaults for a county council. */
export const EXAMPLE_ASSESSMENT_CONFIG = {
  councilId: 'gloucestershire',
  councilName: 'Gloucestershire County Council',
} as const satisfies AssessmentConfigInput;

/** The people CQC tracks in the example, by pseudonymised id. */
export const EXAMPLE_TRACKED_IDS = ['CT01-0007', 'CT02-0013', 'CT03-0021', 'CT04-0028', 'CT05-0034', 'CT07-0049'] as const;
/** The reserves CQC keeps in the example. */
export const EXAMPLE_RESERVE_IDS = ['CT01-0003', 'CT03-0017', 'CT06-0040', 'CT07-0046'] as const;

/**
 * A whole assessment, all six stages, on realistic 2024 dates (the notice date is Gloucestershire's,
 * seed 004). Every deadline is met. Dates chosen so the working-day rules meet bank holidays:
 * Easter (29 March, 1 April), the early May and spring bank holidays (6 and 27 May) and the summer
 * bank holiday (26 August).
 *
 * Deadlines it arms, with the default rules: Information Return due Monday 8 April (3 weeks after
 * 18 March); case list due Tuesday 7 May (10 working days after 22 April, skipping 6 May); onsite
 * no earlier than Monday 3 June (6 weeks); interviews arranged by Friday 31 May (3 weeks after 10
 * May); factual accuracy due Tuesday 3 September (10 working days after 19 August, skipping 26 August).
 */
export const EXAMPLE_ASSESSMENT_EVENTS = [
  { type: 'notice.received', date: '2024-03-18', actor: 'DASS' },
  { type: 'data-review.checked', date: '2024-03-22', note: 'ASCOF and SALT figures match our self-assessment' },
  { type: 'information-return.submitted', date: '2024-04-05', documentCount: 52 },
  { type: 'site-visit.notified', date: '2024-04-22', onsiteStartsOn: '2024-06-11', onsiteEndsOn: '2024-06-13' },
  { type: 'case-list.submitted', date: '2024-05-03', count: 50 },
  { type: 'cases.selected', date: '2024-05-10', trackedIds: [...EXAMPLE_TRACKED_IDS], reserveIds: [...EXAMPLE_RESERVE_IDS] },
  { type: 'consent.recorded', date: '2024-05-14', pseudonymisedId: 'CT01-0007', consent: 'given' },
  { type: 'consent.recorded', date: '2024-05-14', pseudonymisedId: 'CT02-0013', consent: 'given' },
  { type: 'consent.recorded', date: '2024-05-15', pseudonymisedId: 'CT03-0021', consent: 'refused' },
  { type: 'consent.recorded', date: '2024-05-15', pseudonymisedId: 'CT04-0028', consent: 'given' },
  { type: 'consent.recorded', date: '2024-05-16', pseudonymisedId: 'CT05-0034', consent: 'given' },
  { type: 'consent.recorded', date: '2024-05-17', pseudonymisedId: 'CT07-0049', consent: 'given' },
  { type: 'consent.recorded', date: '2024-05-20', pseudonymisedId: 'CT01-0003', consent: 'given', note: 'reserve replaces CT03-0021' },
  { type: 'onsite.started', date: '2024-06-11' },
  { type: 'onsite.finished', date: '2024-06-13' },
  { type: 'draft-report.received', date: '2024-08-19' },
  { type: 'factual-accuracy.returned', date: '2024-08-30', commentCount: 14 },
  {
    type: 'report.published',
    date: '2024-11-15',
    rating: 'good',
    scores: {
      'assessing-needs': 3,
      'supporting-healthier-lives': 2,
      'equity-in-experience-and-outcomes': 2,
      'care-provision-integration-continuity': 3,
      'partnerships-and-communities': 3,
      'safe-systems-pathways-transitions': 2,
      safeguarding: 3,
      'governance-management-sustainability': 3,
      'learning-improvement-innovation': 3,
    },
  },
] as const satisfies readonly AssessmentEventInput[];
