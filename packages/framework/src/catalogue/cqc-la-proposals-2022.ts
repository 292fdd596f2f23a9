import { EVIDENCE_CATEGORY_IDS, type QualityStatementId, type ThemeId } from '../ids.js';
import { deepFreeze } from './deep-freeze.js';
import { EVIDENCE_CATEGORIES } from './evidence-categories.js';
import { defaultApplicableEvidenceCategories, type FrameworkVersion } from './framework-version.js';
import type { QualityStatement } from './quality-statements.js';
import { suggestedSourceListsFor } from './suggested-sources.js';
import type { Theme } from './themes.js';

/** Ids of the statements CQC proposed in 2022: today's ids where the statement survived, plus two dropped. */
export const CQC_LA_PROPOSALS_2022_STATEMENT_IDS = [
  'assessing-needs',
  'supporting-healthier-lives',
  'care-provision-integration-continuity',
  'partnerships-and-communities',
  'workforce-equality-diversity-inclusion',
  'safe-systems-pathways-transitions',
  'safeguarding',
  'governance-management-sustainability',
  'learning-improvement-innovation',
  'capable-compassionate-inclusive-leaders',
] as const satisfies readonly (QualityStatementId | 'workforce-equality-diversity-inclusion' | 'capable-compassionate-inclusive-leaders')[];
/** A statement id of CQC's 2022 proposals. */
export type CqcLaProposals2022StatementId = (typeof CQC_LA_PROPOSALS_2022_STATEMENT_IDS)[number];

const RETIRED_NOTE = 'Proposed by CQC in 2022 and dropped: not in the framework CQC has used since 2023.';

const COORDINATED = 'I have care and support that is coordinated, and everyone works well together and with me.';
const FEEL_SAFE = 'I feel safe and am supported to understand and manage any risks.';

const THEMES_2022 = [
  {
    id: 'working-with-people',
    title: 'How local authorities work with people',
    shortTitle: 'Working with people',
    scope:
      'assessing needs (including unpaid carers), supporting people to live healthier lives, prevention, wellbeing, information and advice',
  },
  {
    id: 'providing-support',
    title: 'How local authorities provide support',
    shortTitle: 'Providing support',
    scope: 'market shaping, commissioning, workforce equality, integration and partnership working',
  },
  {
    id: 'ensuring-safety',
    title: 'How local authorities ensure safety within the system',
    shortTitle: 'Ensuring safety',
    scope: 'safeguarding, safe systems and continuity of care',
  },
  {
    id: 'leadership',
    title: 'Leadership',
    shortTitle: 'Leadership',
    scope: 'capable and compassionate leaders, learning, improvement, innovation and governance',
  },
] as const satisfies readonly Theme<ThemeId>[];

const STATEMENTS_2022 = [
  {
    id: 'assessing-needs',
    themeId: 'working-with-people',
    title: 'Assessing needs',
    shortTitle: 'Assessing',
    weStatement:
      "We maximise the effectiveness of people's care and treatment by assessing and reviewing their health, care, wellbeing and communication needs with them.",
    iStatements: [
      COORDINATED,
      'I have care and support that enables me to live as I want to, seeing me as a unique person with skills, strengths and goals.',
    ],
    careActSections: ['ss9-13', 's14', 's17', 'ss24-27', 'ss31-33', 's67'],
    careActSectionsSource: 'best-known',
    status: 'active',
  },
  {
    id: 'supporting-healthier-lives',
    themeId: 'working-with-people',
    title: 'Supporting people to live healthier lives',
    shortTitle: 'Supporting',
    weStatement:
      'We support people to manage their health and wellbeing so they can maximise their independence, choice and control, live healthier lives, and where possible reduce their future needs for care and support.',
    iStatements: [
      'I can get information and advice about my health, care and support and how I can be as well as possible – physically, mentally and emotionally.',
    ],
    careActSections: ['s1', 's2', 's4'],
    careActSectionsSource: 'best-known',
    status: 'active',
  },
  {
    id: 'care-provision-integration-continuity',
    themeId: 'providing-support',
    title: 'Care provision, integration and continuity',
    shortTitle: 'Integration',
    weStatement:
      'We understand the diverse health and care needs of people and local communities, so care is joined-up, flexible and supports choice and continuity.',
    iStatements: [COORDINATED],
    careActSections: ['s3', 's5', 's8'],
    careActSectionsSource: 'best-known',
    status: 'active',
  },
  {
    id: 'partnerships-and-communities',
    themeId: 'providing-support',
    title: 'Partnerships and communities',
    shortTitle: 'Partnership',
    weStatement:
      'We understand our duty to collaborate and work in partnership, so our services work seamlessly for people. We share information and learning with partners and collaborate for improvement.',
    iStatements: [],
    careActSections: ['s3', 'ss6-7'],
    careActSectionsSource: 'best-known',
    status: 'active',
    note: 'The 2022 slide also listed, under this statement: "Leaders work proactively to support staff and collaborate with partners to deliver safe, integrated, person-centred and sustainable care and to reduce inequalities."',
  },
  {
    id: 'workforce-equality-diversity-inclusion',
    themeId: 'providing-support',
    title: 'Workforce equality, diversity and inclusion',
    shortTitle: 'Workforce EDI',
    weStatement:
      'We value diversity in our workforce. We work towards an inclusive and fair culture by improving equality and equity for people who work for us.',
    iStatements: [],
    careActSections: [],
    careActSectionsSource: 'best-known',
    status: 'retired',
    note: RETIRED_NOTE,
  },
  {
    id: 'safe-systems-pathways-transitions',
    themeId: 'ensuring-safety',
    title: 'Safe systems, pathways and transitions',
    shortTitle: 'Safe Systems',
    weStatement:
      'We work with people and our partners to establish and maintain safe systems of care, in which safety is managed, monitored and assured. We ensure continuity of care, including when people move between different services.',
    iStatements: [
      'When I move between services, settings or areas, there is a plan for what happens next and who will do what, and all the practical arrangements are in place.',
      FEEL_SAFE,
    ],
    careActSections: ['ss37-38', 'ss48-52', 'ss58-66'],
    careActSectionsSource: 'best-known',
    status: 'active',
  },
  {
    id: 'safeguarding',
    themeId: 'ensuring-safety',
    title: 'Safeguarding',
    shortTitle: 'Safeguarding',
    weStatement:
      "We work with people to understand what being safe means to them and work with them as well as our partners on the best way to achieve this. We concentrate on improving people's lives while protecting their right to live in safety, free from bullying, harassment, abuse, discrimination, avoidable harm and neglect, and we make sure we share concerns quickly and appropriately.",
    iStatements: [FEEL_SAFE],
    careActSections: ['s1', 'ss6-7', 'ss42-43', 's68'],
    careActSectionsSource: 'cqc-guidance',
    status: 'active',
  },
  {
    id: 'governance-management-sustainability',
    themeId: 'leadership',
    title: 'Governance',
    shortTitle: 'Governance',
    weStatement:
      'We have clear responsibilities, roles, systems of accountability and good governance to manage and deliver good quality, sustainable care, treatment and support. We act on the best information about risk, performance and outcomes, and we share this securely with others when appropriate.',
    iStatements: [],
    careActSections: [],
    careActSectionsSource: 'best-known',
    status: 'active',
    note: 'Proposed as "Governance"; renamed "Governance, management and sustainability" in 2023.',
  },
  {
    id: 'learning-improvement-innovation',
    themeId: 'leadership',
    title: 'Learning, improvement and innovation',
    shortTitle: 'Learning',
    weStatement:
      'We focus on continuous learning, innovation and improvement across our organisation and the local system. We encourage creative ways of delivering equality of experience, outcome and quality of life for people. We actively contribute to safe, effective practice and research.',
    iStatements: [],
    careActSections: [],
    careActSectionsSource: 'best-known',
    status: 'active',
  },
  {
    id: 'capable-compassionate-inclusive-leaders',
    themeId: 'leadership',
    title: 'Capable, compassionate and inclusive leaders',
    shortTitle: 'Leaders',
    weStatement:
      'We have inclusive leaders at all levels who understand the context in which we deliver care, treatment and support and embody the culture and values of their workforce and organisation. They have the skills, knowledge, experience and credibility to lead effectively and do so with integrity, openness and honesty.',
    iStatements: [],
    careActSections: [],
    careActSectionsSource: 'best-known',
    status: 'retired',
    note: `${RETIRED_NOTE} The council's copy of the slide breaks off after "lead effectively and do so with"; the ending is the wording of the same statement in CQC's single assessment framework.`,
  },
] as const satisfies readonly QualityStatement<CqcLaProposals2022StatementId, ThemeId>[];

/**
 * The framework CQC proposed in 2022, before its pilots (seed 002: CQC's slides as presented to
 * Leicestershire's scrutiny committee, 6 June 2022). Kept so a council can compare, and as the
 * worked example of a version with retired statements: "Workforce equality, diversity and
 * inclusion" and "Capable, compassionate and inclusive leaders" were dropped, and "Equity in
 * experience and outcomes" was added in 2023.
 */
export const CQC_LA_PROPOSALS_2022 = deepFreeze({
  id: 'cqc-la-proposals-2022',
  title: 'CQC local authority assessment proposals (2022)',
  description:
    "CQC's initial proposals of 2022 for assessing local authorities, with the sources of evidence it expected per quality statement. Superseded by the 2023 framework. The effective date is that of the earliest council document in hand that sets the proposals out.",
  effectiveFrom: '2022-06-06',
  themes: THEMES_2022,
  qualityStatements: STATEMENTS_2022,
  evidenceCategories: EVIDENCE_CATEGORIES,
  applicableEvidenceCategories: defaultApplicableEvidenceCategories(CQC_LA_PROPOSALS_2022_STATEMENT_IDS),
  suggestedEvidenceSources: suggestedSourceListsFor(CQC_LA_PROPOSALS_2022_STATEMENT_IDS, EVIDENCE_CATEGORY_IDS),
  scoringMethods: ['evidence-category'],
} as const satisfies FrameworkVersion<CqcLaProposals2022StatementId, ThemeId>);
