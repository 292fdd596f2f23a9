import { z } from 'zod';
import { addCalendarDays } from '../calendar/iso-date.js';
import {
  QUALITY_STATEMENT_IDS,
  isoDateSchema,
  type EvidenceCategoryId,
  type IsoDate,
  type QualityStatementId,
  type Score,
} from '../ids.js';
import { parseInput } from '../validation.js';
import { createSeededRandom, type SeededRandom } from '../seeded-random.js';
import type { Action } from './action.js';
import type { EvidenceItem } from './evidence-item.js';
import type { EvidenceTag } from './evidence-tags.js';
import { READINESS_MESSAGES } from './readiness-messages.js';
import type { Risk } from './risk.js';
import type { SelfAssessmentStatement } from './self-assessment.js';

interface EvidenceTemplate {
  /** The title, given when the item took effect and a random detail from `details`. */
  readonly title: (context: { readonly year: number; readonly month: string; readonly detail: string }) => string;
  readonly details?: readonly string[];
  readonly qualityStatementIds: readonly QualityStatementId[];
  readonly evidenceCategoryIds: readonly EvidenceCategoryId[];
  readonly tags: readonly EvidenceTag[];
  readonly owners: readonly string[];
  readonly source: string;
}

const shortYear = (year: number): string => String(year + 1).slice(2);
const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Kinds of evidence councils hold, from the sources CQC listed per quality statement (seed 002)
 * and councils' own evidence banks. Tags are deliberately uneven: equality and unpaid-carer
 * evidence is missing from several statements, as it was in most councils CQC assessed.
 */
const EVIDENCE_TEMPLATES = [
  {
    title: ({ year }) => `Carers' Strategy ${year}-${year + 3}`,
    qualityStatementIds: ['assessing-needs', 'supporting-healthier-lives', 'partnerships-and-communities'],
    evidenceCategoryIds: ['processes'],
    tags: ['unpaid-carers', 'co-production'],
    owners: ["Carers' Lead", 'Head of Commissioning'],
    source: 'Strategy',
  },
  {
    title: ({ year }) => `Survey of Adult Carers in England ${year}-${shortYear(year)}: local results`,
    qualityStatementIds: ['assessing-needs', 'supporting-healthier-lives', 'equity-in-experience-and-outcomes'],
    evidenceCategoryIds: ['peoples-experience', 'outcomes'],
    tags: ['unpaid-carers'],
    owners: ['Performance and BI Manager'],
    source: 'National survey',
  },
  {
    title: ({ year }) => `Adult Social Care Survey ${year}-${shortYear(year)}: local results`,
    qualityStatementIds: ['assessing-needs', 'care-provision-integration-continuity', 'equity-in-experience-and-outcomes'],
    evidenceCategoryIds: ['peoples-experience', 'outcomes'],
    tags: [],
    owners: ['Performance and BI Manager'],
    source: 'National survey',
  },
  {
    title: ({ year }) => `Joint Strategic Needs Assessment ${year}`,
    qualityStatementIds: ['supporting-healthier-lives', 'equity-in-experience-and-outcomes', 'partnerships-and-communities'],
    evidenceCategoryIds: ['processes', 'outcomes'],
    tags: ['equality', 'prevention'],
    owners: ['Director of Public Health'],
    source: 'JSNA',
  },
  {
    title: ({ year }) => `Safeguarding Adults Board Annual Report ${year}/${shortYear(year)}`,
    qualityStatementIds: ['safeguarding', 'learning-improvement-innovation'],
    evidenceCategoryIds: ['feedback-from-partners', 'processes', 'outcomes'],
    tags: ['safeguarding'],
    owners: ['Safeguarding Adults Board Manager'],
    source: 'Safeguarding Adults Board',
  },
  {
    title: ({ detail }) => `Safeguarding Adults Review learning briefing: ${detail}`,
    details: ['self-neglect', 'hoarding', 'financial abuse', "transitions from children's services"],
    qualityStatementIds: ['safeguarding', 'learning-improvement-innovation'],
    evidenceCategoryIds: ['feedback-from-staff-and-leaders', 'processes'],
    tags: ['safeguarding'],
    owners: ['Head of Safeguarding', 'Principal Social Worker'],
    source: 'Safeguarding Adults Board',
  },
  {
    title: ({ year }) => `Making Safeguarding Personal feedback ${year}`,
    qualityStatementIds: ['safeguarding'],
    evidenceCategoryIds: ['peoples-experience'],
    tags: ['safeguarding', 'seldom-heard'],
    owners: ['Head of Safeguarding'],
    source: 'Feedback',
  },
  {
    title: ({ year }) => `Safeguarding partnership multi-agency audit ${year}`,
    qualityStatementIds: ['safeguarding', 'partnerships-and-communities'],
    evidenceCategoryIds: ['feedback-from-partners', 'processes'],
    tags: ['safeguarding'],
    owners: ['Safeguarding Adults Board Manager'],
    source: 'Audit',
  },
  {
    title: ({ year }) => `Prevention Strategy ${year}-${year + 3}`,
    qualityStatementIds: ['supporting-healthier-lives'],
    evidenceCategoryIds: ['processes'],
    tags: ['prevention'],
    owners: ['Head of Prevention and Early Help'],
    source: 'Strategy',
  },
  {
    title: ({ year }) => `Information and Advice Plan ${year}`,
    qualityStatementIds: ['supporting-healthier-lives', 'assessing-needs'],
    evidenceCategoryIds: ['processes'],
    tags: ['prevention'],
    owners: ['Head of Prevention and Early Help'],
    source: 'Plan',
  },
  {
    title: ({ year }) => `Assessment and eligibility policy (revised ${year})`,
    qualityStatementIds: ['assessing-needs'],
    evidenceCategoryIds: ['processes'],
    tags: [],
    owners: ['Principal Social Worker', 'Head of Operations'],
    source: 'Policy',
  },
  {
    title: ({ year, detail }) => `Waiting list dashboard: assessments and reviews, ${detail} ${year}/${shortYear(year)}`,
    details: QUARTERS,
    qualityStatementIds: ['assessing-needs', 'safe-systems-pathways-transitions'],
    evidenceCategoryIds: ['processes', 'outcomes'],
    tags: ['waiting-lists'],
    owners: ['Performance and BI Manager', 'Head of Operations'],
    source: 'Performance data',
  },
  {
    title: ({ year }) => `Direct payments policy and uptake report ${year}`,
    qualityStatementIds: ['assessing-needs', 'care-provision-integration-continuity'],
    evidenceCategoryIds: ['processes', 'outcomes'],
    tags: ['direct-payments'],
    owners: ['Direct Payments Team Manager'],
    source: 'Policy',
  },
  {
    title: ({ year }) => `Market Position Statement ${year}-${year + 2}`,
    qualityStatementIds: ['care-provision-integration-continuity'],
    evidenceCategoryIds: ['processes', 'feedback-from-partners'],
    tags: [],
    owners: ['Head of Commissioning'],
    source: 'Strategy',
  },
  {
    title: ({ year }) => `Market Sustainability Plan ${year}`,
    qualityStatementIds: ['care-provision-integration-continuity', 'governance-management-sustainability'],
    evidenceCategoryIds: ['processes'],
    tags: ['workforce'],
    owners: ['Head of Commissioning'],
    source: 'Plan',
  },
  {
    title: ({ year }) => `Better Care Fund Plan ${year}-${shortYear(year)}`,
    qualityStatementIds: ['care-provision-integration-continuity', 'partnerships-and-communities'],
    evidenceCategoryIds: ['processes', 'feedback-from-partners'],
    tags: [],
    owners: ['Head of Integration'],
    source: 'Plan',
  },
  {
    title: ({ year }) => `Hospital discharge pathway review ${year}`,
    qualityStatementIds: ['safe-systems-pathways-transitions', 'care-provision-integration-continuity'],
    evidenceCategoryIds: ['processes', 'feedback-from-partners', 'outcomes'],
    tags: ['transitions'],
    owners: ['Head of Integration', 'Hospital Discharge Team Manager'],
    source: 'Review',
  },
  {
    title: ({ year }) => `Preparing for Adulthood transitions protocol ${year}`,
    qualityStatementIds: ['safe-systems-pathways-transitions'],
    evidenceCategoryIds: ['processes', 'feedback-from-partners'],
    tags: ['transitions'],
    owners: ['Transitions Team Manager'],
    source: 'Protocol',
  },
  {
    title: ({ year }) => `Continuing Health Care joint protocol (${year})`,
    qualityStatementIds: ['safe-systems-pathways-transitions', 'partnerships-and-communities'],
    evidenceCategoryIds: ['processes', 'feedback-from-partners'],
    tags: [],
    owners: ['Head of Integration'],
    source: 'Protocol',
  },
  {
    title: ({ year, detail }) => `Information Sharing Agreement with ${detail} (${year})`,
    details: ['the Integrated Care Board', 'the police', 'the acute hospital trust', 'the mental health trust'],
    qualityStatementIds: ['partnerships-and-communities', 'safe-systems-pathways-transitions'],
    evidenceCategoryIds: ['processes', 'feedback-from-partners'],
    tags: [],
    owners: ['Information Governance Lead'],
    source: 'Agreement',
  },
  {
    title: ({ year, detail }) => `Equality Impact Assessment: ${detail} (${year})`,
    details: ['charging policy', 'day opportunities review', 'home care recommissioning', 'digital front door'],
    qualityStatementIds: ['equity-in-experience-and-outcomes'],
    evidenceCategoryIds: ['processes'],
    tags: ['equality'],
    owners: ['Equality and Inclusion Officer'],
    source: 'Equality Impact Assessment',
  },
  {
    title: ({ year }) => `Workforce Equality, Diversity and Inclusion Report ${year}`,
    qualityStatementIds: ['equity-in-experience-and-outcomes', 'governance-management-sustainability'],
    evidenceCategoryIds: ['feedback-from-staff-and-leaders'],
    tags: ['equality', 'workforce'],
    owners: ['Head of Workforce Development'],
    source: 'Report',
  },
  {
    title: ({ year }) => `Adult social care staff survey ${year}`,
    qualityStatementIds: ['governance-management-sustainability', 'learning-improvement-innovation'],
    evidenceCategoryIds: ['feedback-from-staff-and-leaders'],
    tags: ['workforce'],
    owners: ['Head of Workforce Development'],
    source: 'Survey',
  },
  {
    title: ({ year }) => `Principal Social Worker annual report ${year}/${shortYear(year)}`,
    qualityStatementIds: ['learning-improvement-innovation', 'assessing-needs'],
    evidenceCategoryIds: ['feedback-from-staff-and-leaders', 'processes'],
    tags: ['workforce'],
    owners: ['Principal Social Worker'],
    source: 'Report',
  },
  {
    title: ({ year }) => `Adult Social Care Workforce Strategy ${year}-${year + 3}`,
    qualityStatementIds: ['governance-management-sustainability'],
    evidenceCategoryIds: ['processes'],
    tags: ['workforce'],
    owners: ['Head of Workforce Development'],
    source: 'Strategy',
  },
  {
    title: ({ year }) => `Quality Assurance Framework (${year})`,
    qualityStatementIds: ['governance-management-sustainability', 'learning-improvement-innovation'],
    evidenceCategoryIds: ['processes'],
    tags: [],
    owners: ['Head of Quality Assurance'],
    source: 'Framework',
  },
  {
    title: ({ year, detail }) => `Adult social care risk register, ${detail} ${year}/${shortYear(year)}`,
    details: QUARTERS,
    qualityStatementIds: ['governance-management-sustainability'],
    evidenceCategoryIds: ['processes'],
    tags: [],
    owners: ['Assistant Director, Adult Social Care'],
    source: 'Risk register',
  },
  {
    title: ({ year }) => `Complaints and compliments annual report ${year}/${shortYear(year)}`,
    qualityStatementIds: ['learning-improvement-innovation', 'assessing-needs'],
    evidenceCategoryIds: ['peoples-experience'],
    tags: [],
    owners: ['Complaints Manager'],
    source: 'Report',
  },
  {
    title: ({ year }) => `Co-production charter (${year})`,
    qualityStatementIds: ['partnerships-and-communities', 'learning-improvement-innovation'],
    evidenceCategoryIds: ['peoples-experience', 'processes'],
    tags: ['co-production'],
    owners: ['Co-production Lead'],
    source: 'Charter',
  },
  {
    title: ({ year, month }) => `Voluntary and community sector forum minutes, ${month} ${year}`,
    qualityStatementIds: ['partnerships-and-communities'],
    evidenceCategoryIds: ['feedback-from-partners'],
    tags: ['seldom-heard', 'co-production'],
    owners: ['Community Development Manager'],
    source: 'Minutes',
  },
  {
    title: ({ year }) => `Health and Wellbeing Strategy ${year}-${year + 5}`,
    qualityStatementIds: ['supporting-healthier-lives', 'partnerships-and-communities', 'governance-management-sustainability'],
    evidenceCategoryIds: ['processes'],
    tags: ['prevention', 'equality'],
    owners: ['Director of Public Health'],
    source: 'Strategy',
  },
  {
    title: ({ year, detail }) => `Case file audit summary, ${detail} ${year}/${shortYear(year)}`,
    details: QUARTERS,
    qualityStatementIds: ['assessing-needs', 'safeguarding', 'learning-improvement-innovation'],
    evidenceCategoryIds: ['processes', 'feedback-from-staff-and-leaders'],
    tags: [],
    owners: ['Head of Quality Assurance', 'Principal Social Worker'],
    source: 'Audit',
  },
  {
    title: ({ year }) => `ASCOF measures dashboard ${year}-${shortYear(year)}`,
    qualityStatementIds: ['assessing-needs', 'care-provision-integration-continuity', 'supporting-healthier-lives', 'safeguarding'],
    evidenceCategoryIds: ['outcomes'],
    tags: [],
    owners: ['Performance and BI Manager'],
    source: 'Performance data',
  },
  {
    title: ({ year, detail }) => `Lived experience focus group notes: ${detail} (${year})`,
    details: [
      'Deaf residents',
      'Gypsy, Roma and Traveller communities',
      'people with a learning disability',
      'young carers moving to adult services',
    ],
    qualityStatementIds: ['equity-in-experience-and-outcomes', 'assessing-needs'],
    evidenceCategoryIds: ['peoples-experience'],
    tags: ['seldom-heard', 'equality'],
    owners: ['Co-production Lead'],
    source: 'Focus group',
  },
  {
    title: ({ year }) => `Carers' assessment audit ${year}`,
    qualityStatementIds: ['assessing-needs'],
    evidenceCategoryIds: ['processes', 'feedback-from-staff-and-leaders'],
    tags: ['unpaid-carers'],
    owners: ["Carers' Lead"],
    source: 'Audit',
  },
  {
    title: ({ year, month }) => `Provider quality forum feedback, ${month} ${year}`,
    qualityStatementIds: ['care-provision-integration-continuity', 'partnerships-and-communities'],
    evidenceCategoryIds: ['feedback-from-partners'],
    tags: [],
    owners: ['Head of Commissioning'],
    source: 'Feedback',
  },
  {
    title: ({ year }) => `Reablement outcomes report ${year}/${shortYear(year)}`,
    qualityStatementIds: ['supporting-healthier-lives', 'safe-systems-pathways-transitions'],
    evidenceCategoryIds: ['outcomes', 'peoples-experience'],
    tags: ['prevention'],
    owners: ['Reablement Service Manager'],
    source: 'Report',
  },
  {
    title: ({ year, month }) => `Learning from complaints bulletin, ${month} ${year}`,
    qualityStatementIds: ['learning-improvement-innovation'],
    evidenceCategoryIds: ['feedback-from-staff-and-leaders', 'peoples-experience'],
    tags: [],
    owners: ['Complaints Manager'],
    source: 'Bulletin',
  },
  {
    title: ({ year }) => `Local Account of adult social care ${year}/${shortYear(year)}`,
    qualityStatementIds: ['governance-management-sustainability', 'learning-improvement-innovation', 'partnerships-and-communities'],
    evidenceCategoryIds: ['peoples-experience', 'processes'],
    tags: ['co-production'],
    owners: ['Assistant Director, Adult Social Care'],
    source: 'Report',
  },
  {
    title: ({ year }) => `Director of Adult Social Services staff briefing notes ${year}`,
    qualityStatementIds: [
      'governance-management-sustainability',
      'safe-systems-pathways-transitions',
      'care-provision-integration-continuity',
      'equity-in-experience-and-outcomes',
    ],
    evidenceCategoryIds: ['feedback-from-staff-and-leaders'],
    tags: ['workforce'],
    owners: ['Director of Adult Social Services'],
    source: 'Briefing',
  },
] as const satisfies readonly EvidenceTemplate[];

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const syntheticBankOptionsSchema = z.strictObject({
  count: z.int('count must be a whole number').min(0, 'count cannot be negative').max(1_000_000, 'count can be at most 1,000,000'),
  seed: z.int('the seed must be a whole number'),
  asOf: isoDateSchema,
});

/** Options of {@link generateSyntheticEvidenceBank}. */
export type SyntheticEvidenceBankOptions = z.input<typeof syntheticBankOptionsSchema>;

/** The furthest back and forward, in days from `asOf`, that generated dates reach. */
const EARLIEST_OFFSET = -1400;
const LATEST_OFFSET = 60 + 1460 + 1095;

/**
 * Every ISO date from `asOf + EARLIEST_OFFSET` to `asOf + LATEST_OFFSET`, worked out once so that
 * generating a large bank does no date arithmetic per item.
 */
function dateTable(asOf: IsoDate): readonly IsoDate[] {
  return Array.from({ length: LATEST_OFFSET - EARLIEST_OFFSET + 1 }, (_unused, index) => addCalendarDays(asOf, EARLIEST_OFFSET + index));
}

function syntheticItem(random: SeededRandom, index: number, dates: readonly IsoDate[], slugs: Map<string, string>): EvidenceItem {
  const template: EvidenceTemplate = random.pick(EVIDENCE_TEMPLATES);
  // Most evidence took effect recently, some years ago; a few items are approved but not yet in effect.
  const fromOffset = random.chance(0.03) ? random.between(1, 60) : -Math.floor(-EARLIEST_OFFSET * random.next() ** 2);
  const dateAt = (offset: number): IsoDate => dates[offset - EARLIEST_OFFSET] as IsoDate;
  const effectiveFrom = dateAt(fromOffset);
  const year = Number(effectiveFrom.slice(0, 4));
  const month = MONTHS[Number(effectiveFrom.slice(5, 7)) - 1] ?? MONTHS[0];
  const title = template.title({ year, month, detail: template.details === undefined ? '' : random.pick(template.details) });
  let slug = slugs.get(title);
  if (slug === undefined) {
    slug = slugOf(title);
    slugs.set(title, slug);
  }
  const item: EvidenceItem = {
    id: `EV-${String(index + 1).padStart(6, '0')}`,
    title,
    qualityStatementIds: [...template.qualityStatementIds],
    evidenceCategoryIds: [...template.evidenceCategoryIds],
    owner: random.pick(template.owners),
    source: template.source,
    location: `CQC evidence/${template.qualityStatementIds[0]}/${slug}.pdf`,
    effectiveFrom,
    tags: [...template.tags],
  };
  if (random.chance(0.12)) item.effectiveTo = dateAt(fromOffset + random.between(180, 1460));
  if (random.chance(0.8)) item.reviewBy = dateAt(fromOffset + random.between(365, 1095));
  return item;
}

/**
 * Generates a realistic, deterministic evidence bank for demonstrations and benchmarks: titles
 * such as "Carers' Strategy 2024-2027" or "Safeguarding Adults Board Annual Report 2023/24",
 * owners, dates around `asOf` (some stale, some expired, a few not yet in effect) and the uneven
 * equality and unpaid-carer tagging councils typically have. The same options always give the
 * same bank. Every item passes `evidenceItemSchema`.
 *
 * @example
 * const evidence = generateSyntheticEvidenceBank({ count: 400, seed: 7, asOf: '2025-06-30' });
 */
export function generateSyntheticEvidenceBank(options: SyntheticEvidenceBankOptions): EvidenceItem[] {
  const { count, seed, asOf } = parseInput(syntheticBankOptionsSchema, options, READINESS_MESSAGES.syntheticSummary);
  const random = createSeededRandom(`synthetic-evidence-bank:${seed}`);
  const dates = dateTable(asOf);
  const slugs = new Map<string, string>();
  return Array.from({ length: count }, (_unused, index) => syntheticItem(random, index, dates, slugs));
}

interface StatementWording {
  readonly narrative: string;
  readonly strengths: readonly string[];
  readonly areasForImprovement: readonly string[];
}

/** Self-assessment wording per quality statement, in the voice councils use. */
const STATEMENT_WORDING = {
  'assessing-needs': {
    narrative:
      "We assess people's needs with them, using a strengths-based approach, and we carry out carers' assessments in their own right.",
    strengths: [
      'Strengths-based practice embedded through the practice framework',
      'Most assessments completed within 28 days of first contact',
    ],
    areasForImprovement: [
      'Reduce the waiting list for occupational therapy assessments',
      "Increase the number of carers' assessments completed",
    ],
  },
  'supporting-healthier-lives': {
    narrative: 'We help people stay well and independent through prevention, information and advice, and reablement.',
    strengths: [
      'Reablement service helps most people remain at home 91 days after discharge',
      'Community wellbeing hubs in every locality',
    ],
    areasForImprovement: ['Make information and advice accessible in community languages'],
  },
  'equity-in-experience-and-outcomes': {
    narrative: 'We understand our diverse communities and act to reduce inequalities in access, experience and outcomes.',
    strengths: ['Equality impact assessments completed for all major service changes'],
    areasForImprovement: [
      'Collect and use protected-characteristics data in performance reporting',
      'Improve engagement with seldom-heard groups',
    ],
  },
  'care-provision-integration-continuity': {
    narrative: 'We commission a diverse, sustainable market and work with health partners so that care is joined up.',
    strengths: ['Stable home care market with low provider failure', 'Joint commissioning with the Integrated Care Board'],
    areasForImprovement: ['Increase the supply of nursing care beds for people with dementia'],
  },
  'partnerships-and-communities': {
    narrative: 'We work with partners, the voluntary and community sector and people with lived experience to design services.',
    strengths: ['Active co-production board with people who draw on support', 'Strong voluntary sector partnership'],
    areasForImprovement: ['Formalise joint working with housing'],
  },
  'safe-systems-pathways-transitions': {
    narrative: "We keep people safe when they move between services, including from hospital and from children's services.",
    strengths: ['Hospital discharge pathway with same-day social work input'],
    areasForImprovement: [
      'Start transitions planning for young people at 14',
      'Reduce delays for people waiting for a care package after discharge',
    ],
  },
  safeguarding: {
    narrative: 'We work with people and partners to understand what being safe means to them, and we act quickly on concerns.',
    strengths: ['Making Safeguarding Personal embedded in practice', 'Timely response to safeguarding concerns'],
    areasForImprovement: ['Embed learning from Safeguarding Adults Reviews on self-neglect'],
  },
  'governance-management-sustainability': {
    narrative: 'We have clear governance, use performance and risk information well, and plan for a sustainable service.',
    strengths: ['Monthly performance board chaired by the Director of Adult Social Services'],
    areasForImprovement: ['Improve the quality of recording in the case management system', 'Reduce reliance on agency social workers'],
  },
  'learning-improvement-innovation': {
    narrative: 'We learn from feedback, complaints and reviews, and we innovate with people who draw on support.',
    strengths: ['Practice learning forums led by the Principal Social Worker', 'Technology-enabled care pilot evaluated with residents'],
    areasForImprovement: ['Close the loop on learning from complaints with frontline teams'],
  },
} as const satisfies Record<QualityStatementId, StatementWording>;

const RISK_TEMPLATES = [
  {
    title: 'The Information Return cannot be assembled within three weeks',
    mitigation: 'Evidence bank kept current quarterly with named owners',
    qualityStatementIds: [],
  },
  {
    title: 'Fifty suitable case-tracking records cannot be found in ten working days',
    mitigation: 'Monthly shortlist of recent assessments kept by team managers',
    qualityStatementIds: ['assessing-needs'],
  },
  {
    title: 'Frontline staff are not confident to talk about areas for improvement',
    mitigation: 'Staff briefings and practice forums on the self-assessment',
    qualityStatementIds: ['learning-improvement-innovation'],
  },
  {
    title: 'Data reported to CQC does not match the story in the self-assessment',
    mitigation: 'Performance team checks ASCOF and SALT figures against the narrative',
    qualityStatementIds: ['governance-management-sustainability'],
  },
  {
    title: 'Waiting times for assessment rise over winter',
    mitigation: 'Winter plan with additional assessment capacity',
    qualityStatementIds: ['assessing-needs', 'safe-systems-pathways-transitions'],
  },
] as const satisfies readonly { title: string; mitigation: string; qualityStatementIds: readonly QualityStatementId[] }[];

const syntheticSelfAssessmentOptionsSchema = z.strictObject({ seed: z.int('the seed must be a whole number'), asOf: isoDateSchema });

/** Options of {@link generateSyntheticSelfAssessment}. */
export type SyntheticSelfAssessmentOptions = z.input<typeof syntheticSelfAssessmentOptionsSchema>;

/** A generated self-assessment with its improvement plan and risk register. */
export interface SyntheticSelfAssessment {
  readonly selfAssessment: SelfAssessmentStatement[];
  readonly actions: Action[];
  readonly risks: Risk[];
}

/**
 * Generates a realistic, deterministic self-assessment of all nine quality statements, with the
 * improvement actions behind each area for improvement (some overdue, now and then an area with
 * none) and a short risk register. Spread it into `analyseReadiness` beside a synthetic bank.
 *
 * @example
 * const asOf = '2025-06-30';
 * const report = analyseReadiness(
 *   { evidence: generateSyntheticEvidenceBank({ count: 400, seed: 7, asOf }), ...generateSyntheticSelfAssessment({ seed: 7, asOf }) },
 *   { asOf },
 * );
 */
export function generateSyntheticSelfAssessment(options: SyntheticSelfAssessmentOptions): SyntheticSelfAssessment {
  const { seed, asOf } = parseInput(syntheticSelfAssessmentOptionsSchema, options, READINESS_MESSAGES.syntheticSummary);
  const random = createSeededRandom(`synthetic-self-assessment:${seed}`);
  const actions: Action[] = [];
  const selfAssessment = QUALITY_STATEMENT_IDS.map((qualityStatementId, statementIndex): SelfAssessmentStatement => {
    const wording: StatementWording = STATEMENT_WORDING[qualityStatementId];
    const areasForImprovement = wording.areasForImprovement.map((description, areaIndex) => {
      const id = `AFI-${statementIndex + 1}-${areaIndex + 1}`;
      const actionIds: string[] = [];
      const actionCount = random.chance(0.1) ? 0 : random.between(1, 2);
      for (let actionIndex = 0; actionIndex < actionCount; actionIndex += 1) {
        const actionId = `ACT-${statementIndex + 1}-${areaIndex + 1}-${actionIndex + 1}`;
        const dueDate = addCalendarDays(asOf, random.between(-120, 180));
        const past = dueDate < asOf;
        actions.push({
          id: actionId,
          title:
            actionIndex === 0
              ? `Plan: ${description.charAt(0).toLowerCase()}${description.slice(1)}`
              : `Review progress: ${description.charAt(0).toLowerCase()}${description.slice(1)}`,
          owner: random.pick([
            'Head of Operations',
            'Principal Social Worker',
            'Head of Commissioning',
            'Head of Quality Assurance',
            "Carers' Lead",
          ]),
          dueDate,
          status: past ? (random.chance(0.65) ? 'done' : 'in-progress') : random.chance(0.5) ? 'in-progress' : 'planned',
          qualityStatementIds: [qualityStatementId],
          areaForImprovementId: id,
        });
        actionIds.push(actionId);
      }
      return { id, description, actionIds };
    });
    const roll = random.next();
    const selfScore: Score = roll < 0.03 ? 1 : roll < 0.33 ? 2 : roll < 0.93 ? 3 : 4;
    return {
      qualityStatementId,
      narrative: wording.narrative,
      strengths: [...wording.strengths],
      areasForImprovement,
      selfScore,
      updatedOn: addCalendarDays(asOf, -random.between(0, 150)),
    };
  });
  const risks = RISK_TEMPLATES.map(
    (template, index): Risk => ({
      id: `RISK-${index + 1}`,
      title: template.title,
      owner: 'CQC Assurance Lead',
      likelihood: random.between(1, 5),
      impact: random.between(2, 5),
      mitigation: template.mitigation,
      qualityStatementIds: [...template.qualityStatementIds],
    })
  );
  return { selfAssessment, actions, risks };
}
