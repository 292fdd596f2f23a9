import { dayNumberOf, isoDateFromDayNumber } from '../calendar/iso-date.js';
import type { CohortId, IsoDate } from '../ids.js';
import { createSeededRandom, type SeededRandom } from '../seeded-random.js';
import { caseTrackingWindowStart } from './assessment-window.js';
import type { ConsentToBeContactedId } from './consent.js';
import { HIGHER_RISK_FLAG_IDS, type HigherRiskFlagId } from './higher-risk-flags.js';
import type { PersonExtractRow } from './person-extract-row.js';
import type {
  AgeBandId,
  DisabilityStatusId,
  EthnicGroupId,
  GenderIdentityId,
  ReligionId,
  SexId,
  SexualOrientationId,
} from './protected-characteristics.js';

/** Options of {@link generateSyntheticExtract}. */
export interface SyntheticExtractOptions {
  /** How many rows. */
  readonly count: number;
  /** Same seed, same extract. */
  readonly seed: string | number;
  /** The date the extract is taken on; every date in it is on or before this. */
  readonly asOf: IsoDate;
  /** Share of rows assessed before the window (default 0.15), as a real extract has. */
  readonly outsideWindowShare?: number;
  /** The window, in months (default 12). */
  readonly assessmentWindowMonths?: number;
}

type Weighted<Item> = readonly (readonly [Item, number])[];

/*
 * Distributions roughly as an English council's adult social care caseload: older people the
 * largest group, young people in transition the smallest; sex, ethnicity, religion, sexual
 * orientation and gender identity near the Census 2021 figures for England, with the gaps real
 * recording has. Ids are obviously synthetic (SYN0000001): no real person is in here.
 */
const PRIMARY_COHORTS: Weighted<CohortId> = [
  ['CT01', 50],
  ['CT06', 17],
  ['CT04', 10],
  ['CT05', 8],
  ['CT07', 7],
  ['CT03', 6],
  ['CT02', 2],
];

const ALSO_IN: Readonly<Record<CohortId, Weighted<CohortId>>> = {
  CT01: [
    ['CT03', 0.25],
    ['CT06', 0.2],
    ['CT05', 0.04],
  ],
  CT02: [
    ['CT04', 0.5],
    ['CT05', 0.2],
    ['CT06', 0.15],
  ],
  CT03: [['CT06', 0.3]],
  CT04: [
    ['CT05', 0.1],
    ['CT03', 0.05],
  ],
  CT05: [
    ['CT06', 0.08],
    ['CT03', 0.06],
  ],
  CT06: [['CT03', 0.15]],
  CT07: [['CT06', 0.05]],
};

const AGE_BANDS: Readonly<Record<CohortId, Weighted<AgeBandId>>> = {
  CT01: [
    ['65-74', 25],
    ['75-84', 40],
    ['85+', 35],
  ],
  CT02: [['18-24', 1]],
  CT03: [
    ['25-64', 70],
    ['18-24', 5],
    ['65-74', 25],
  ],
  CT04: [
    ['18-24', 15],
    ['25-64', 75],
    ['65-74', 10],
  ],
  CT05: [
    ['18-24', 10],
    ['25-64', 85],
    ['65-74', 5],
  ],
  CT06: [
    ['18-24', 5],
    ['25-64', 75],
    ['65-74', 20],
  ],
  CT07: [
    ['18-24', 5],
    ['25-64', 60],
    ['65-74', 20],
    ['75-84', 12],
    ['85+', 3],
  ],
};

const FEMALE_SHARE: Readonly<Record<CohortId, number>> = {
  CT01: 0.63,
  CT02: 0.45,
  CT03: 0.52,
  CT04: 0.42,
  CT05: 0.45,
  CT06: 0.55,
  CT07: 0.68,
};

const ETHNIC_GROUPS: Weighted<EthnicGroupId | undefined> = [
  ['white', 79.5],
  ['asian', 8.7],
  ['black', 4.4],
  ['mixed', 2.4],
  ['other', 2],
  [undefined, 3],
];

const RELIGIONS: Readonly<Record<EthnicGroupId, Weighted<ReligionId>>> = {
  white: [
    ['christian', 52],
    ['no-religion', 42],
    ['jewish', 1],
    ['muslim', 1],
    ['buddhist', 0.3],
    ['other-religion', 0.7],
  ],
  asian: [
    ['muslim', 50],
    ['hindu', 25],
    ['sikh', 13],
    ['christian', 4],
    ['buddhist', 2],
    ['no-religion', 5],
    ['other-religion', 1],
  ],
  black: [
    ['christian', 67],
    ['muslim', 17],
    ['no-religion', 12],
    ['other-religion', 4],
  ],
  mixed: [
    ['christian', 40],
    ['no-religion', 45],
    ['muslim', 8],
    ['other-religion', 7],
  ],
  other: [
    ['muslim', 40],
    ['christian', 25],
    ['no-religion', 20],
    ['buddhist', 10],
    ['other-religion', 5],
  ],
};

const SEXUAL_ORIENTATIONS: Weighted<SexualOrientationId> = [
  ['straight-or-heterosexual', 93],
  ['gay-or-lesbian', 3],
  ['bisexual', 2.5],
  ['other-sexual-orientation', 1.5],
];

const CONSENT: Weighted<ConsentToBeContactedId | undefined> = [
  [undefined, 55],
  ['not-yet-asked', 20],
  ['given', 20],
  ['refused', 5],
];

const ROLES: Readonly<Record<CohortId, readonly [string, string]>> = {
  CT01: ['Social worker', 'Older people locality team'],
  CT02: ['Transitions social worker', 'Preparing for adulthood team'],
  CT03: ['Occupational therapist', 'Hospital discharge team'],
  CT04: ['Learning disability nurse', 'Community learning disability team'],
  CT05: ['Approved mental health professional', 'Community mental health team'],
  CT06: ['Community care officer', 'Physical disability team'],
  CT07: ['Carers support worker', 'Carers assessment team'],
};

function disabilityOf(random: SeededRandom, carer: boolean): DisabilityStatusId | undefined {
  if (random.chance(0.08)) return undefined;
  return random.weighted<DisabilityStatusId>(
    carer
      ? [
          ['not-disabled', 70],
          ['limited-a-little', 20],
          ['limited-a-lot', 10],
        ]
      : [
          ['limited-a-lot', 65],
          ['limited-a-little', 30],
          ['not-disabled', 5],
        ],
  );
}

function flagsOf(
  random: SeededRandom,
  cohorts: readonly CohortId[],
  ageBand: AgeBandId,
  ethnicity: EthnicGroupId | undefined,
): HigherRiskFlagId[] {
  const inCohort = (cohort: CohortId): boolean => cohorts.includes(cohort);
  const probabilities: Readonly<Record<HigherRiskFlagId, number>> = {
    'safeguarding-enquiry': 0.06,
    'waiting-for-service': 0.08,
    'hospital-discharge': inCohort('CT03') ? 0.8 : 0.02,
    'lives-alone': inCohort('CT01') ? 0.4 : 0.2,
    'carer-breakdown-risk': inCohort('CT07') ? 0.25 : 0.02,
    'recent-transition': inCohort('CT02') ? 0.9 : 0,
    'self-neglect': 0.03,
    'domestic-abuse': inCohort('CT05') ? 0.06 : 0.02,
    'homeless-or-insecure-housing': inCohort('CT05') ? 0.06 : 0.01,
    'communication-support-needed': ethnicity !== undefined && ethnicity !== 'white' ? 0.12 : 0.04,
    'deprivation-of-liberty': inCohort('CT04') ? 0.15 : ageBand === '85+' ? 0.1 : 0.02,
    'no-recourse-to-public-funds': 0.003,
    'out-of-area-placement': inCohort('CT04') ? 0.08 : 0.01,
    'complaint-or-concern-raised': 0.02,
    'seldom-heard-community': 0.01,
  };
  return HIGHER_RISK_FLAG_IDS.filter((flag) => random.chance(probabilities[flag]));
}

/**
 * A synthetic extract of people, as a council's case management system would give it, for
 * demos, tests and benchmarks. Deterministic: the same options give the same rows. Every row is
 * valid; about 15% are assessed before the 12-month window and some have refused contact, as in
 * a real extract. No real personal data: ids are `SYN` and a number.
 *
 * @example
 * const rows = generateSyntheticExtract({ count: 2000, seed: 'demo', asOf: '2025-06-10' });
 */
export function generateSyntheticExtract(options: SyntheticExtractOptions): PersonExtractRow[] {
  const random = createSeededRandom(`synthetic-extract:${options.seed}`);
  const windowStart = caseTrackingWindowStart(options.asOf, options.assessmentWindowMonths ?? 12);
  const asOfDay = dayNumberOf(options.asOf, ['asOf']);
  const windowDays = asOfDay - dayNumberOf(windowStart, ['asOf']) + 1;
  const outsideShare = options.outsideWindowShare ?? 0.15;
  const rows: PersonExtractRow[] = [];
  for (let index = 0; index < options.count; index++) {
    const primaryCohort = random.weighted(PRIMARY_COHORTS);
    const cohortSet = new Set<CohortId>([primaryCohort]);
    for (const [cohort, probability] of ALSO_IN[primaryCohort]) if (random.chance(probability)) cohortSet.add(cohort);
    const ageBand = random.weighted(AGE_BANDS[primaryCohort]);
    if (ageBand !== '18-24' && ageBand !== '25-64' && primaryCohort !== 'CT07') cohortSet.add('CT01');
    const cohorts = (['CT01', 'CT02', 'CT03', 'CT04', 'CT05', 'CT06', 'CT07'] as const).filter((cohort) => cohortSet.has(cohort));
    const ethnicity = random.weighted(ETHNIC_GROUPS);
    const sex: SexId | undefined = random.chance(0.01) ? undefined : random.chance(FEMALE_SHARE[primaryCohort]) ? 'female' : 'male';
    const religion: ReligionId | undefined =
      ethnicity === undefined || random.chance(0.07) ? undefined : random.weighted(RELIGIONS[ethnicity]);
    const sexualOrientation = random.chance(0.6) ? random.weighted(SEXUAL_ORIENTATIONS) : undefined;
    const genderReassignment: GenderIdentityId | undefined = random.chance(0.5)
      ? random.chance(0.005)
        ? 'different-from-sex-registered-at-birth'
        : 'same-as-sex-registered-at-birth'
      : undefined;
    const assessedDaysAgo = random.chance(outsideShare) ? windowDays + 1 + random.below(365) : random.below(windowDays);
    const assessmentDay = asOfDay - assessedDaysAgo;
    const assessmentDate = isoDateFromDayNumber(assessmentDay);
    const firstContactDate = isoDateFromDayNumber(
      assessmentDay - (random.chance(0.6) ? 3 + random.below(88) : 91 + random.below(3560)),
    );
    const reviewRoom = assessedDaysAgo - 42;
    const reviewDate =
      reviewRoom > 0 && random.chance(0.4) ? isoDateFromDayNumber(assessmentDay + 42 + random.below(reviewRoom)) : undefined;
    const [leadProfessionalRole, team] = ROLES[primaryCohort];
    const consentToContact = random.weighted(CONSENT);
    const disability = disabilityOf(random, primaryCohort === 'CT07');
    const row: PersonExtractRow = {
      localPersonId: `SYN${String(index + 1).padStart(7, '0')}`,
      cohorts,
      primaryCohort,
      firstContactDate,
      assessmentDate,
      ageBand,
      higherRiskFlags: flagsOf(random, cohorts, ageBand, ethnicity),
      leadProfessionalRole,
      team,
      ...(reviewDate === undefined ? {} : { reviewDate }),
      ...(sex === undefined ? {} : { sex }),
      ...(ethnicity === undefined ? {} : { ethnicity }),
      ...(disability === undefined ? {} : { disability }),
      ...(religion === undefined ? {} : { religion }),
      ...(sexualOrientation === undefined ? {} : { sexualOrientation }),
      ...(genderReassignment === undefined ? {} : { genderReassignment }),
      ...(consentToContact === undefined ? {} : { consentToContact }),
    };
    rows.push(row);
  }
  return rows;
}
