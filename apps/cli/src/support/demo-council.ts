import type { CaseTrackingRecordDetails, CohortId, IsoDate, QualityStatementId, RatingId, Score } from '@asc-assure/framework';

/**
 * The demo's council. Northmoor is fictional (there is no Northmoor County Council in England), so
 * nothing the demo prints can be mistaken for a real council's position.
 */
export const DEMO_COUNCIL = {
  councilId: 'northmoor',
  councilName: 'Northmoor County Council',
  assessmentId: 'northmoor-2026',
} as const;

/** Seed of every generated record: the same demo every run. */
export const DEMO_SEED = 2026;

/** Evidence items in the fictional evidence bank. */
export const DEMO_EVIDENCE_ITEMS = 420;

/**
 * The simulated timetable, on working days of 2026 (Easter and May bank holidays included):
 * notice on Monday 2 March; site visit notified Tuesday 7 April for an onsite visit on 19-21 May,
 * the first day six weeks allow; draft report Monday 13 July; publication Friday 4 September.
 */
export const DEMO_DATES = {
  notice: '2026-03-02',
  dataReviewChecked: '2026-03-06',
  informationReturnSubmitted: '2026-03-20',
  siteVisitNotified: '2026-04-07',
  onsiteStartsOn: '2026-05-19',
  onsiteEndsOn: '2026-05-21',
  caseListSubmitted: '2026-04-20',
  casesSelected: '2026-04-24',
  consents: [
    { date: '2026-04-28', who: 'tracked', index: 0, consent: 'given' },
    { date: '2026-04-28', who: 'tracked', index: 1, consent: 'given' },
    { date: '2026-04-28', who: 'tracked', index: 2, consent: 'given' },
    { date: '2026-05-05', who: 'tracked', index: 3, consent: 'given' },
    { date: '2026-05-08', who: 'tracked', index: 4, consent: 'refused' },
    { date: '2026-05-11', who: 'reserve', index: 0, consent: 'given' },
    { date: '2026-05-12', who: 'tracked', index: 5, consent: 'given' },
  ],
  draftReportReceived: '2026-07-13',
  factualAccuracyReturned: '2026-07-24',
  published: '2026-09-04',
} as const satisfies Record<string, IsoDate | readonly { date: IsoDate; who: 'tracked' | 'reserve'; index: number; consent: 'given' | 'refused' }[]>;

/** The fictional result CQC publishes for Northmoor at the end of the demo. */
export const DEMO_PUBLISHED_RESULT = {
  rating: 'good',
  scores: {
    'assessing-needs': 3,
    'supporting-healthier-lives': 3,
    'equity-in-experience-and-outcomes': 2,
    'care-provision-integration-continuity': 3,
    'partnerships-and-communities': 3,
    'safe-systems-pathways-transitions': 2,
    safeguarding: 3,
    'governance-management-sustainability': 3,
    'learning-improvement-innovation': 3,
  },
} as const satisfies { rating: RatingId; scores: Record<QualityStatementId, Score> };

/** What the fictional council writes about each person on its list, by cohort: no names, no identifiers. */
const DETAILS_BY_COHORT: Readonly<Record<CohortId, Omit<CaseTrackingRecordDetails, 'leadProfessionalContact'>>> = {
  CT01: {
    initialReasonForContact: 'Referred by the GP practice after two falls at home.',
    needsSummary: 'Needs help with washing, dressing and meals. Wants to keep living at home. Family help at weekends.',
    servicesProvided: ['Home care, seven hours a week', 'Community alarm'],
    referralsMade: ['Falls prevention service'],
    multiAgencyContext: 'District nurses visit weekly.',
  },
  CT02: {
    initialReasonForContact: "Transfer from children's services at eighteen.",
    needsSummary: 'Needs support to plan a move to supported living and to find a college course.',
    servicesProvided: ['Personal assistant through a direct payment'],
    referralsMade: ['Supported employment service'],
    multiAgencyContext: 'Education, health and care plan in place; transition reviews with the college.',
  },
  CT03: {
    initialReasonForContact: 'Hospital discharge team referral after a stroke.',
    needsSummary: 'Needs reablement to regain mobility and confidence with daily tasks after a hospital stay.',
    servicesProvided: ['Reablement, six weeks', 'Equipment: perching stool and grab rails'],
    referralsMade: ['Community stroke team'],
    multiAgencyContext: 'Discharge to assess pathway; therapy input from the community trust.',
  },
  CT04: {
    initialReasonForContact: 'Review of a long-standing support plan requested by the provider.',
    needsSummary: 'Autistic adult with a learning disability who needs support with routines, money and travel.',
    servicesProvided: ['Supported living, shared house', 'Day opportunities, three days a week'],
    referralsMade: ['Speech and language therapy'],
    multiAgencyContext: 'Annual health check through the GP practice.',
  },
  CT05: {
    initialReasonForContact: 'Referred by the community mental health team.',
    needsSummary: 'Needs support with managing a tenancy, money and daily living while recovering from a period of poor mental health.',
    servicesProvided: ['Floating support, four hours a week'],
    referralsMade: ['Recovery college'],
    multiAgencyContext: 'Care coordinator in the community mental health team.',
  },
  CT06: {
    initialReasonForContact: 'Self-referral through the online front door.',
    needsSummary: 'Lives with a long-term condition that limits mobility; needs help with personal care in the mornings.',
    servicesProvided: ['Home care, morning calls', 'Direct payment for a personal assistant'],
    referralsMade: ['Occupational therapy'],
    multiAgencyContext: 'Specialist nurse from the neurology service.',
  },
  CT07: {
    initialReasonForContact: "Carer's assessment requested at a carers' centre drop-in.",
    needsSummary: 'Unpaid carer for a partner; needs breaks from caring and information about support.',
    servicesProvided: ["Carer's break, one day a month", 'Carers centre membership'],
    referralsMade: ['Carers emotional support group'],
    multiAgencyContext: 'Carer registered with the GP practice.',
  },
};

/** The fictional free-text details of one person on the list: by cohort, with a team mailbox. */
export function demoCaseDetails(cohort: CohortId): CaseTrackingRecordDetails {
  return { ...DETAILS_BY_COHORT[cohort], leadProfessionalContact: `asc-${cohort.toLowerCase()}-team@northmoor.example.org` };
}
