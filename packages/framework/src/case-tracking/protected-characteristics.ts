import { z } from 'zod';

/**
 * Protected characteristics (Equality Act 2010) as a council's case management system records
 * them, with the groups the ONS used in Census 2021. Ids are stable kebab-case (the age bands
 * keep the form councils already use); labels are for display. A value a person did not give is
 * left out of the row, never stored as a value.
 */
export const AGE_BAND_IDS = ['18-24', '25-64', '65-74', '75-84', '85+'] as const;
/** An age band of the case-tracking extract. */
export type AgeBandId = (typeof AGE_BAND_IDS)[number];
/** Validates an {@link AgeBandId}. */
export const ageBandIdSchema = z.enum(AGE_BAND_IDS);
/** Display labels of the age bands. */
export const AGE_BAND_LABELS = {
  '18-24': 'Aged 18 to 24',
  '25-64': 'Aged 25 to 64',
  '65-74': 'Aged 65 to 74',
  '75-84': 'Aged 75 to 84',
  '85+': 'Aged 85 or over',
} as const satisfies Readonly<Record<AgeBandId, string>>;

/** Sex, as recorded. */
export const SEX_IDS = ['female', 'male'] as const;
/** A sex id. */
export type SexId = (typeof SEX_IDS)[number];
/** Validates a {@link SexId}. */
export const sexIdSchema = z.enum(SEX_IDS);
/** Display labels of sex ids. */
export const SEX_LABELS = { female: 'Female', male: 'Male' } as const satisfies Readonly<Record<SexId, string>>;

/** The five high-level ethnic groups of the ONS Census 2021 classification for England and Wales. */
export const ETHNIC_GROUP_IDS = ['asian', 'black', 'mixed', 'white', 'other'] as const;
/** An ethnic group id. */
export type EthnicGroupId = (typeof ETHNIC_GROUP_IDS)[number];
/** Validates an {@link EthnicGroupId}. */
export const ethnicGroupIdSchema = z.enum(ETHNIC_GROUP_IDS);
/** Display labels of ethnic groups, as the ONS words them. */
export const ETHNIC_GROUP_LABELS = {
  asian: 'Asian, Asian British or Asian Welsh',
  black: 'Black, Black British, Black Welsh, Caribbean or African',
  mixed: 'Mixed or Multiple ethnic groups',
  white: 'White',
  other: 'Other ethnic group',
} as const satisfies Readonly<Record<EthnicGroupId, string>>;

/** Disability under the Equality Act, in the Census 2021 categories. */
export const DISABILITY_STATUS_IDS = ['limited-a-lot', 'limited-a-little', 'not-disabled'] as const;
/** A disability status id. */
export type DisabilityStatusId = (typeof DISABILITY_STATUS_IDS)[number];
/** Validates a {@link DisabilityStatusId}. */
export const disabilityStatusIdSchema = z.enum(DISABILITY_STATUS_IDS);
/** Display labels of disability statuses. */
export const DISABILITY_STATUS_LABELS = {
  'limited-a-lot': 'Disabled under the Equality Act: day-to-day activities limited a lot',
  'limited-a-little': 'Disabled under the Equality Act: day-to-day activities limited a little',
  'not-disabled': 'Not disabled under the Equality Act',
} as const satisfies Readonly<Record<DisabilityStatusId, string>>;

/** Religion or belief, in the Census 2021 categories. */
export const RELIGION_IDS = [
  'no-religion',
  'christian',
  'buddhist',
  'hindu',
  'jewish',
  'muslim',
  'sikh',
  'other-religion',
] as const;
/** A religion or belief id. */
export type ReligionId = (typeof RELIGION_IDS)[number];
/** Validates a {@link ReligionId}. */
export const religionIdSchema = z.enum(RELIGION_IDS);
/** Display labels of religions or beliefs. */
export const RELIGION_LABELS = {
  'no-religion': 'No religion',
  christian: 'Christian',
  buddhist: 'Buddhist',
  hindu: 'Hindu',
  jewish: 'Jewish',
  muslim: 'Muslim',
  sikh: 'Sikh',
  'other-religion': 'Other religion',
} as const satisfies Readonly<Record<ReligionId, string>>;

/** Sexual orientation, in the Census 2021 categories. */
export const SEXUAL_ORIENTATION_IDS = [
  'straight-or-heterosexual',
  'gay-or-lesbian',
  'bisexual',
  'other-sexual-orientation',
] as const;
/** A sexual orientation id. */
export type SexualOrientationId = (typeof SEXUAL_ORIENTATION_IDS)[number];
/** Validates a {@link SexualOrientationId}. */
export const sexualOrientationIdSchema = z.enum(SEXUAL_ORIENTATION_IDS);
/** Display labels of sexual orientations. */
export const SEXUAL_ORIENTATION_LABELS = {
  'straight-or-heterosexual': 'Straight or heterosexual',
  'gay-or-lesbian': 'Gay or lesbian',
  bisexual: 'Bisexual',
  'other-sexual-orientation': 'Other sexual orientation',
} as const satisfies Readonly<Record<SexualOrientationId, string>>;

/**
 * Gender reassignment, recorded as the Census 2021 gender identity question asks it: is the
 * gender the person identifies with the same as their sex registered at birth.
 */
export const GENDER_IDENTITY_IDS = ['same-as-sex-registered-at-birth', 'different-from-sex-registered-at-birth'] as const;
/** A gender identity id. */
export type GenderIdentityId = (typeof GENDER_IDENTITY_IDS)[number];
/** Validates a {@link GenderIdentityId}. */
export const genderIdentityIdSchema = z.enum(GENDER_IDENTITY_IDS);
/** Display labels of gender identity answers. */
export const GENDER_IDENTITY_LABELS = {
  'same-as-sex-registered-at-birth': 'Gender identity the same as sex registered at birth',
  'different-from-sex-registered-at-birth': 'Gender identity different from sex registered at birth',
} as const satisfies Readonly<Record<GenderIdentityId, string>>;

/** The protected characteristics a row of the extract can carry, by the row field that holds each. */
export const PROTECTED_CHARACTERISTIC_FIELDS = [
  'ageBand',
  'sex',
  'ethnicity',
  'disability',
  'religion',
  'sexualOrientation',
  'genderReassignment',
] as const;
/** A row field holding a protected characteristic. */
export type ProtectedCharacteristicField = (typeof PROTECTED_CHARACTERISTIC_FIELDS)[number];

/** How one protected characteristic is described and which values it takes. */
export interface ProtectedCharacteristicDefinition {
  /** Stable id of the characteristic. */
  readonly id: string;
  /** Display label. */
  readonly label: string;
  /** How a group of it is named in a sentence ("adds ethnicity group 'black'"). */
  readonly groupNoun: string;
  /** Its value ids, in display order. */
  readonly valueIds: readonly string[];
  /** Display labels of its values. */
  readonly valueLabels: Readonly<Record<string, string>>;
}

/** The protected characteristics, in display order, keyed by the row field that holds each. */
export const PROTECTED_CHARACTERISTICS = {
  ageBand: { id: 'age-band', label: 'Age', groupNoun: 'age band', valueIds: AGE_BAND_IDS, valueLabels: AGE_BAND_LABELS },
  sex: { id: 'sex', label: 'Sex', groupNoun: 'sex', valueIds: SEX_IDS, valueLabels: SEX_LABELS },
  ethnicity: {
    id: 'ethnicity',
    label: 'Ethnicity',
    groupNoun: 'ethnicity group',
    valueIds: ETHNIC_GROUP_IDS,
    valueLabels: ETHNIC_GROUP_LABELS,
  },
  disability: {
    id: 'disability',
    label: 'Disability',
    groupNoun: 'disability status',
    valueIds: DISABILITY_STATUS_IDS,
    valueLabels: DISABILITY_STATUS_LABELS,
  },
  religion: {
    id: 'religion-or-belief',
    label: 'Religion or belief',
    groupNoun: 'religion or belief',
    valueIds: RELIGION_IDS,
    valueLabels: RELIGION_LABELS,
  },
  sexualOrientation: {
    id: 'sexual-orientation',
    label: 'Sexual orientation',
    groupNoun: 'sexual orientation',
    valueIds: SEXUAL_ORIENTATION_IDS,
    valueLabels: SEXUAL_ORIENTATION_LABELS,
  },
  genderReassignment: {
    id: 'gender-reassignment',
    label: 'Gender reassignment',
    groupNoun: 'gender identity',
    valueIds: GENDER_IDENTITY_IDS,
    valueLabels: GENDER_IDENTITY_LABELS,
  },
} as const satisfies Readonly<Record<ProtectedCharacteristicField, ProtectedCharacteristicDefinition>>;

/**
 * The zod fields of the protected characteristics, each optional and an id only (never free
 * text): the one definition shared by the extract row and the case-tracking record, so the two
 * cannot drift apart.
 */
export const protectedCharacteristicFieldSchemas = {
  ageBand: ageBandIdSchema.optional(),
  sex: sexIdSchema.optional(),
  ethnicity: ethnicGroupIdSchema.optional(),
  disability: disabilityStatusIdSchema.optional(),
  religion: religionIdSchema.optional(),
  sexualOrientation: sexualOrientationIdSchema.optional(),
  genderReassignment: genderIdentityIdSchema.optional(),
} as const satisfies Readonly<Record<ProtectedCharacteristicField, z.ZodOptional<z.ZodEnum>>>;
