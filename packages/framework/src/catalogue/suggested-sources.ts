import { z } from 'zod';
import { evidenceCategoryIdSchema, type EvidenceCategoryId } from '../ids.js';
import { displayTextSchema, kebabIdSchema } from './catalogue-fields.js';
import { deepFreeze } from './deep-freeze.js';

/**
 * Where a list of suggested evidence sources comes from.
 *
 * - `seed-002`: CQC's own 2022 tables of sources per quality statement and evidence category, as
 *   presented to Leicestershire's scrutiny committee (seed 002), tidied and de-duplicated.
 * - `derived`: CQC published no table for the statement; the list is the common people's
 *   experience, staff and partner lists of those tables, plus only the process and outcome
 *   items from them that plainly bear on the statement.
 */
export const SUGGESTED_SOURCE_PROVENANCES = ['seed-002', 'derived'] as const;
/** Where a suggested-source list comes from: see {@link SUGGESTED_SOURCE_PROVENANCES}. */
export type SuggestedSourceProvenance = (typeof SUGGESTED_SOURCE_PROVENANCES)[number];

/** Typical sources of evidence for one quality statement in one evidence category: suggestions, not a checklist. */
export interface SuggestedEvidenceSourceList<StatementId extends string = string> {
  readonly qualityStatementId: StatementId;
  readonly evidenceCategoryId: EvidenceCategoryId;
  /** What councils typically offer, e.g. "Joint Strategic Needs Assessment". */
  readonly sources: readonly string[];
  readonly provenance: SuggestedSourceProvenance;
}

/** Validates one list of suggested sources in a framework version. */
export const suggestedEvidenceSourceListSchema = z.object({
  qualityStatementId: kebabIdSchema,
  evidenceCategoryId: evidenceCategoryIdSchema,
  sources: z.array(displayTextSchema).min(1),
  provenance: z.enum(SUGGESTED_SOURCE_PROVENANCES),
});

type SourcesByCategory = Partial<Record<EvidenceCategoryId, readonly string[]>>;

interface StatementSources {
  readonly provenance: SuggestedSourceProvenance;
  readonly byCategory: SourcesByCategory;
}

const PEOPLES_EXPERIENCE = [
  'CQC Give feedback on care submissions',
  'Focus groups and other feedback gathered for the assessment',
  'Carers groups (unpaid carers)',
  'Compliments, complaints and feedback',
  'User and carer survey results',
  'Feedback from community and representative groups (e.g. advocacy, Healthwatch)',
] as const;

const STAFF_AND_LEADERS_CORE = [
  'Self-assessment (annual return)',
  'Interviews and focus groups with staff',
  'Staff surveys',
  'Councillors and the Overview and Scrutiny Committee',
] as const;

const SENIOR_LEADERS = ["Director of Adult Services / Director of Children's Services", 'Chief Executive'] as const;

const STAFF_AND_LEADERS = [
  ...STAFF_AND_LEADERS_CORE,
  'Other local authority departments',
  'Principal Social Worker',
  ...SENIOR_LEADERS,
] as const;

const PARTNERS_CORE = [
  'Healthwatch',
  'Care providers and provider forums',
  'Third sector partners',
  'Local health partners and GPs',
  'Health and Wellbeing Board',
  'Partnership Boards',
] as const;

const PARTNERS = [
  ...PARTNERS_CORE,
  'Local NHS partners (ICB, ICS)',
  'LGA peer review / annual conversation',
  'Public Health, Police, Education, Leisure and Housing',
] as const;

const COMMON_FEEDBACK = {
  'peoples-experience': PEOPLES_EXPERIENCE,
  'feedback-from-staff-and-leaders': STAFF_AND_LEADERS,
  'feedback-from-partners': PARTNERS,
} as const satisfies SourcesByCategory;

const ASCOF = 'Adult Social Care Outcomes Framework';
const CQC_HELD_DATA = 'CQC held data';
const SACE = 'Survey of Adult Carers in England (SACE)';
const REGULATOR_DATA = 'Data and evidence from professional regulators (e.g. NHS England, Health Education England)';
const JSNA = 'Joint Strategic Needs Assessment';
const BETTER_CARE_FUND_PLAN = 'Better Care Fund plan';
const EQUALITY_POLICIES = 'Equality, diversity and inclusion policies; equality impact assessments';
const CONTRACT_MONITORING = 'Contract monitoring arrangements for commissioned services';
const STAFF_DEVELOPMENT_RECORDS =
  'Staff development, training and qualification records (values, leadership, equality and human rights, duty of candour, GDPR)';
const COMPLAINTS_AND_CANDOUR = 'Numbers of complaints, concerns, whistleblowing and duty of candour events';
const DEMOGRAPHIC_ACCESS = 'Assessments relative to the demographics of the local population (equality of access)';
const INEQUALITIES_DATA = 'Demographics and inequalities data over 5 years';
const WAITING_FOR_SERVICES = 'Waiting times for services and support arrangements';
const DELAYED_TRANSFERS = 'Delayed transfers of care: numbers and cost to the local authority';
const NO_REGISTERED_MANAGER = 'Registered providers without a permanent registered manager';
const JOINT_COMMISSIONING = 'Joint commissioning strategies';
const CONTINUING_HEALTH_CARE = 'Continuing Health Care protocols';
const INTEGRATED_SERVICES_EVALUATION = 'Evaluation of impact and outcomes from integrated services';
const CONTINGENCY_PLANNING = 'Capacity and contingency planning';

/**
 * Suggested sources keyed by quality statement id, for every statement of every shipped version
 * (including the two dropped in 2023).
 */
const SOURCES_BY_STATEMENT: Readonly<Record<string, StatementSources>> = {
  'assessing-needs': {
    provenance: 'seed-002',
    byCategory: {
      ...COMMON_FEEDBACK,
      processes: [
        JSNA,
        'Training for assessors, including specialist assessors and assessment teams',
        'Assessment and eligibility policy and process',
        'Financial assessment and charging policy',
        BETTER_CARE_FUND_PLAN,
        'Health and Wellbeing plan',
        "Carers' strategy",
        'Local authority audits',
      ],
      outcomes: [
        ASCOF,
        REGULATOR_DATA,
        CQC_HELD_DATA,
        'Skills for Care workforce data',
        SACE,
        'People aged 65 and over per 1,000 population receiving local authority funded care',
        'Social worker caseloads',
        'Waiting times for assessment (adults with care needs, unpaid carers)',
        'Proportion of assessments meeting the eligibility criteria (adults with care needs, unpaid carers)',
        DEMOGRAPHIC_ACCESS,
        'Overdue assessments and reviews, and timeliness of completion',
        'Number of unallocated people and size of caseloads',
        'Number of needs assessments, agreements and refusals',
        'Number of urgent needs requests',
      ],
    },
  },
  'supporting-healthier-lives': {
    provenance: 'seed-002',
    byCategory: {
      ...COMMON_FEEDBACK,
      'feedback-from-staff-and-leaders': [...STAFF_AND_LEADERS_CORE, 'Principal Social Worker', ...SENIOR_LEADERS],
      processes: [
        'Prevention strategy',
        'Charging policy for prevention services',
        'Information and advice plan',
        BETTER_CARE_FUND_PLAN,
      ],
      outcomes: [
        'Spend on primary, secondary and tertiary prevention',
        'Quality of preventative services',
        'People adopting healthier lifestyles or involved in prevention activity',
        INEQUALITIES_DATA,
        'Older people still at home 91 days after leaving hospital into reablement',
        'People leaving hospital who return to their usual place of residence',
        'Rate of permanent admissions to care homes (ASCOF)',
        'Spend on the third sector and grants, and the range of preventative services voluntary organisations provide',
        'Aids and adaptations services (e.g. Care and Repair)',
        'Use of information and advice services',
        'Waiting times for home repairs and adaptations',
      ],
    },
  },
  'equity-in-experience-and-outcomes': {
    provenance: 'derived',
    byCategory: {
      ...COMMON_FEEDBACK,
      processes: [JSNA, EQUALITY_POLICIES],
      outcomes: [DEMOGRAPHIC_ACCESS, INEQUALITIES_DATA],
    },
  },
  'care-provision-integration-continuity': {
    provenance: 'derived',
    byCategory: {
      ...COMMON_FEEDBACK,
      processes: [
        JOINT_COMMISSIONING,
        CONTRACT_MONITORING,
        CONTINUING_HEALTH_CARE,
        BETTER_CARE_FUND_PLAN,
        INTEGRATED_SERVICES_EVALUATION,
        CONTINGENCY_PLANNING,
      ],
      outcomes: [CQC_HELD_DATA, WAITING_FOR_SERVICES, DELAYED_TRANSFERS, NO_REGISTERED_MANAGER],
    },
  },
  'partnerships-and-communities': {
    provenance: 'seed-002',
    byCategory: {
      ...COMMON_FEEDBACK,
      processes: [
        'Information sharing agreements with partner agencies',
        'Local strategy for the Better Care Fund plan',
        'Local Health and Wellbeing plan',
        'Sustainability and Transformation Plans',
        JOINT_COMMISSIONING,
        'Transition protocols',
        CONTINUING_HEALTH_CARE,
        'Governance arrangements for pooled budgets',
        INTEGRATED_SERVICES_EVALUATION,
      ],
      outcomes: [DELAYED_TRANSFERS, 'Share of budget in pooled budgets and partnerships', 'Spend on the Better Care Fund'],
    },
  },
  'workforce-equality-diversity-inclusion': {
    provenance: 'seed-002',
    byCategory: {
      ...COMMON_FEEDBACK,
      'feedback-from-partners': [...PARTNERS, 'Training providers (accessibility of training for all)'],
      processes: [
        'Local authority workforce strategy (development and wellbeing)',
        STAFF_DEVELOPMENT_RECORDS,
        'Occupational health arrangements',
        'Whistleblowing processes and Speak Up',
        CONTINGENCY_PLANNING,
        EQUALITY_POLICIES,
        'Staff training programmes',
        'Employment contracts: terms and conditions',
        CONTRACT_MONITORING,
        'Job descriptions, recruitment processes, appraisal system',
        'Staff recruitment and employment records, DBS checks, fit and proper persons test',
        'Staff support, supervision, qualifications and disciplinary records',
      ],
      outcomes: [
        'Staff absence levels across staff groups (Capacity Tracker)',
        'Workforce Race Equality Standard (WRES) data',
        'Care Certificate',
        'Skills for Care workforce data (vacancies, turnover, ethnicity and demographics of the workforce)',
        'Gender pay gap',
        NO_REGISTERED_MANAGER,
        'Use of agency staff: spend and duration',
      ],
    },
  },
  'safe-systems-pathways-transitions': {
    provenance: 'seed-002',
    byCategory: {
      ...COMMON_FEEDBACK,
      processes: [
        'Risk management plans',
        'Prioritising of high-risk cases',
        'MARAC processes',
        'Referral pathways to other professionals and services',
        'Correspondence and contact with other professionals and services',
        'Information sharing protocols',
        'Pathway design, evaluation and reviews',
      ],
      outcomes: [
        'ASCOF data: satisfaction surveys',
        CQC_HELD_DATA,
        'Delayed transfers of care and urgent and emergency care data',
        'Access data',
        'People whose care is not in place on the day they move local authority area',
        WAITING_FOR_SERVICES,
      ],
    },
  },
  safeguarding: {
    provenance: 'seed-002',
    byCategory: {
      ...COMMON_FEEDBACK,
      'feedback-from-staff-and-leaders': [
        ...STAFF_AND_LEADERS_CORE,
        'Other local authority departments',
        'Principal Social Worker and safeguarding leads',
        ...SENIOR_LEADERS,
        'LADO / Designated Safeguarding Officer',
        'Safeguarding Adults Board chair',
      ],
      'feedback-from-partners': [...PARTNERS, 'Safeguarding Adults Board (SAB) members'],
      processes: [
        'Staff training: safeguarding, mental health, closed cultures, LPS/DoLS, equality, diversity and human rights',
        'Local safeguarding plans, policies and procedures, including interagency policies',
        'Safeguarding Adults Review process, annual plan and annual report; learning from reviews',
        'Incident reports relating to safeguarding',
        'Safeguarding Adults Board minutes',
        'Staff training levels achieved',
        'Record keeping: section 42 reviews, Court of Protection orders, Mental Capacity Act',
        'Information sharing protocols',
        'Monitoring of high-risk cases',
        'MARAC',
        'Serious incidents and serious case reviews: numbers and issues',
        'Risk management and safety audit / governance processes and outcomes',
      ],
      outcomes: [
        'Number of Safeguarding Adults Reviews and their themes',
        'NHS Digital Safeguarding Adults Collection (including whether people were asked about their desired outcomes and whether they were achieved)',
        'Local authority data on safeguarding concerns and responses',
      ],
    },
  },
  'governance-management-sustainability': {
    provenance: 'seed-002',
    byCategory: {
      ...COMMON_FEEDBACK,
      processes: [
        'Quality and workforce strategies',
        'Quality Assurance Framework',
        'Terms of reference, recent minutes and annual work plans of quality, performance and workforce assurance groups',
        'Corporate and adult social care risk registers',
        'Information sharing protocols and data security arrangements',
        'Governance and audit records',
      ],
      outcomes: ['Quality assurance feedback loop and continuous improvement'],
    },
  },
  'learning-improvement-innovation': {
    provenance: 'seed-002',
    byCategory: {
      ...COMMON_FEEDBACK,
      'feedback-from-partners': [...PARTNERS, 'Local Government and Social Care Ombudsman'],
      processes: [
        'Quality assurance processes and records (internal and independent)',
        'Quality framework',
        'Records of the management of incidents, and improvement plans',
        'Learning from complaints and feedback',
        'Arrangements for sharing learning and best practice internally and externally',
        'Accreditation with external best practice schemes',
        "System incident reporting, investigation, action and shared learning (including LeDeR, whole-home and section 42 safeguarding reviews, coroners' inquests)",
      ],
      outcomes: [COMPLAINTS_AND_CANDOUR, 'LGA annual social work health check', ASCOF, SACE],
    },
  },
  'capable-compassionate-inclusive-leaders': {
    provenance: 'seed-002',
    byCategory: {
      ...COMMON_FEEDBACK,
      'feedback-from-staff-and-leaders': [...STAFF_AND_LEADERS_CORE, ...SENIOR_LEADERS],
      'feedback-from-partners': PARTNERS_CORE,
      processes: [
        STAFF_DEVELOPMENT_RECORDS,
        'Strategy or vision document and implementation strategy',
        'Job descriptions, recruitment processes, appraisal system and workforce strategy',
        'Communications and engagement plan',
        'Leadership structure',
      ],
      outcomes: [
        COMPLAINTS_AND_CANDOUR,
        'Workforce equality data (WRES)',
        'Leadership and management vacancy levels',
        'Skills for Care national data set',
        CQC_HELD_DATA,
        ASCOF,
        REGULATOR_DATA,
      ],
    },
  },
};

/**
 * The suggested-source lists of the given statements, one per statement and evidence category
 * that has suggestions, in the order given. Used to assemble the shipped framework versions.
 */
export function suggestedSourceListsFor<StatementId extends string>(
  statementIds: readonly StatementId[],
  categoryIds: readonly EvidenceCategoryId[],
): readonly SuggestedEvidenceSourceList<StatementId>[] {
  return deepFreeze(
    statementIds.flatMap((qualityStatementId) => {
      const statement = SOURCES_BY_STATEMENT[qualityStatementId];
      if (statement === undefined) return [];
      return categoryIds.flatMap((evidenceCategoryId) => {
        const sources = statement.byCategory[evidenceCategoryId];
        return sources === undefined
          ? []
          : [{ qualityStatementId, evidenceCategoryId, sources: [...sources], provenance: statement.provenance }];
      });
    }),
  );
}
