import { z } from 'zod';
import type { QualityStatementId, ThemeId } from '../ids.js';
import { CATALOGUE_MESSAGES } from './catalogue-messages.js';
import { displayTextSchema, kebabIdSchema } from './catalogue-fields.js';
import { deepFreeze } from './deep-freeze.js';

/** Whether a quality statement is assessed, or was proposed or used once and then dropped. */
export const QUALITY_STATEMENT_STATUSES = ['active', 'retired'] as const;
/** `active` or `retired`. */
export type QualityStatementStatus = (typeof QUALITY_STATEMENT_STATUSES)[number];

/**
 * Where a statement's Care Act sections come from.
 *
 * - `cqc-guidance`: checked against CQC's published local authority guidance (the project's
 *   domain reference).
 * - `best-known`: CQC's published mapping as best known when the data was written, kept to
 *   sections whose subject in the Act plainly matches the statement; check against CQC's current
 *   guidance before quoting it. An empty list means no section is mapped with confidence.
 */
export const CARE_ACT_SECTIONS_SOURCES = ['cqc-guidance', 'best-known'] as const;
/** How far a statement's Care Act sections can be trusted: see {@link CARE_ACT_SECTIONS_SOURCES}. */
export type CareActSectionsSource = (typeof CARE_ACT_SECTIONS_SOURCES)[number];

/**
 * A quality statement: CQC's "We statement", the people's "I statements" that go with it, and the
 * parts of the Care Act 2014 it assesses.
 *
 * `Id` and `ThemeIdType` are plain strings for a framework version loaded from JSON; the shipped
 * current version narrows them to {@link QualityStatementId} and {@link ThemeId}.
 */
export interface QualityStatement<Id extends string = string, ThemeIdType extends string = string> {
  /** Stable id, never renamed: `assessing-needs`. */
  readonly id: Id;
  /** The theme the statement sits under. */
  readonly themeId: ThemeIdType;
  /** CQC's title: "Supporting people to live healthier lives". */
  readonly title: string;
  /** The one-word column head councils use in results tables: "Supporting". */
  readonly shortTitle: string;
  /** The full "We statement", CQC's wording. */
  readonly weStatement: string;
  /** The "I statements" (Think Local Act Personal's Making It Real); empty where CQC gives none. */
  readonly iStatements: readonly string[];
  /** Care Act 2014 Part 1 sections, written `s42` or `ss42-43`. */
  readonly careActSections: readonly string[];
  /** How far `careActSections` can be trusted. */
  readonly careActSectionsSource: CareActSectionsSource;
  /** `retired` statements are kept so old assessments still read, but are no longer assessed. */
  readonly status: QualityStatementStatus;
  /** Why a statement was retired, or anything else a reader of the data must know. */
  readonly note?: string;
}

const CARE_ACT_SECTION_PATTERN = /^(?:s\d{1,3}|ss(\d{1,3})-(\d{1,3}))$/;

/** Validates a Care Act section reference: `s1`, `s42`, or an ascending range `ss42-43`. */
export const careActSectionSchema = z
  .string()
  .regex(CARE_ACT_SECTION_PATTERN, CATALOGUE_MESSAGES.careActSection)
  .superRefine((section, context) => {
    const range = CARE_ACT_SECTION_PATTERN.exec(section);
    if (range?.[1] !== undefined && Number(range[1]) >= Number(range[2])) {
      context.addIssue({ code: 'custom', message: CATALOGUE_MESSAGES.careActRange(section) });
    }
  });

/** Validates one quality statement of a framework version (cross-references are checked by the version). */
export const qualityStatementSchema = z.object({
  id: kebabIdSchema,
  themeId: kebabIdSchema,
  title: displayTextSchema,
  shortTitle: displayTextSchema,
  weStatement: displayTextSchema,
  iStatements: z.array(displayTextSchema),
  careActSections: z.array(careActSectionSchema),
  careActSectionsSource: z.enum(CARE_ACT_SECTIONS_SOURCES),
  status: z.enum(QUALITY_STATEMENT_STATUSES),
  note: displayTextSchema.optional(),
});

const I_STATEMENTS = {
  coordinated: 'I have care and support that is co-ordinated, and everyone works well together and with me.',
  liveAsIWant:
    'I have care and support that enables me to live as I want to, seeing me as a unique person with skills, strengths and goals.',
  informationAndAdvice:
    'I can get information and advice about my health, care and support and how I can be as well as possible – physically, mentally and emotionally.',
  planAhead: 'I am supported to plan ahead for important changes in my life that I can anticipate.',
  movingBetweenServices:
    'When I move between services, settings or areas, there is a plan for what happens next and who will do what, and all the practical arrangements are in place.',
  feelSafe: 'I feel safe and am supported to understand and manage any risks.',
} as const;

/**
 * The nine quality statements CQC assesses local authorities against, in CQC's order. Wording
 * of the We and I statements is CQC's (seed 000 Appendix 1, seed 001); statements for which CQC
 * publishes no I statement have none here.
 */
export const CQC_LA_QUALITY_STATEMENTS = deepFreeze([
  {
    id: 'assessing-needs',
    themeId: 'working-with-people',
    title: 'Assessing needs',
    shortTitle: 'Assessing',
    weStatement:
      "We maximise the effectiveness of people's care and treatment by assessing and reviewing their health, care, wellbeing and communication needs with them.",
    iStatements: [I_STATEMENTS.coordinated, I_STATEMENTS.liveAsIWant],
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
      'We support people to manage their health and wellbeing so they can maximise their independence, choice and control. We support them to live healthier lives and where possible, reduce future needs for care and support.',
    iStatements: [I_STATEMENTS.informationAndAdvice, I_STATEMENTS.planAhead],
    careActSections: ['s1', 's2', 's4'],
    careActSectionsSource: 'best-known',
    status: 'active',
  },
  {
    id: 'equity-in-experience-and-outcomes',
    themeId: 'working-with-people',
    title: 'Equity in experience and outcomes',
    shortTitle: 'Equity',
    weStatement:
      'We actively seek out and listen to information about people who are most likely to experience inequality in experience or outcomes. We tailor the care, support and treatment in response to this.',
    iStatements: [I_STATEMENTS.liveAsIWant],
    careActSections: ['s1'],
    careActSectionsSource: 'best-known',
    status: 'active',
  },
  {
    id: 'care-provision-integration-continuity',
    themeId: 'providing-support',
    title: 'Care provision, integration and continuity',
    shortTitle: 'Integration',
    weStatement:
      'We understand the diverse health and care needs of people and our local communities, so care is joined-up, flexible and supports choice and continuity.',
    iStatements: [I_STATEMENTS.coordinated],
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
  },
  {
    id: 'safe-systems-pathways-transitions',
    themeId: 'ensuring-safety',
    title: 'Safe systems, pathways and transitions',
    shortTitle: 'Safe Systems',
    weStatement:
      'We work with people and our partners to establish and maintain safe systems of care, in which safety is managed, monitored and assured. We ensure continuity of care, including when people move between different services.',
    iStatements: [I_STATEMENTS.movingBetweenServices, I_STATEMENTS.feelSafe],
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
      "We work with people to understand what being safe means to them as well as with our partners on the best way to achieve this. We concentrate on improving people's lives while protecting their right to live in safety, free from bullying, harassment, abuse, discrimination, avoidable harm and neglect. We make sure we share concerns quickly and appropriately.",
    iStatements: [I_STATEMENTS.feelSafe],
    careActSections: ['s1', 'ss6-7', 'ss42-43', 's68'],
    careActSectionsSource: 'cqc-guidance',
    status: 'active',
  },
  {
    id: 'governance-management-sustainability',
    themeId: 'leadership',
    title: 'Governance, management and sustainability',
    shortTitle: 'Governance',
    weStatement:
      'We have clear responsibilities, roles, systems of accountability and good governance. We use these to manage and deliver good quality, sustainable care, treatment and support. We act on the best information about risk, performance and outcomes, and we share this securely with others when appropriate.',
    iStatements: [],
    careActSections: [],
    careActSectionsSource: 'best-known',
    status: 'active',
    note: 'Leadership statements look at how every Part 1 duty is led and governed; no single Care Act section is mapped here.',
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
    note: 'Leadership statements look at how every Part 1 duty is led and governed; no single Care Act section is mapped here.',
  },
] as const satisfies readonly QualityStatement<QualityStatementId, ThemeId>[]);

/** A quality statement of the current framework, typed precisely. */
export type CurrentQualityStatement = (typeof CQC_LA_QUALITY_STATEMENTS)[number];
