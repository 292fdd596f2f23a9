import { z } from 'zod';
import { AscAssureError } from '../errors.js';
import { RATING_IDS, ratingIdSchema, type RatingId, type Score } from '../ids.js';

/**
 * One overall rating band: the whole percentages (after rounding half up) that earn `rating`.
 * Both ends are inclusive.
 */
export interface RatingBand {
  readonly rating: RatingId;
  readonly minPercentage: number;
  readonly maxPercentage: number;
}

/**
 * CQC's overall rating bands for local authorities, lowest first: 25-38% inadequate, 39-62%
 * requires improvement, 63-87% good, 88% and above outstanding. Applied to the percentage rounded
 * half up to a whole number (see {@link roundPercentageHalfUp}).
 */
export const RATING_BANDS = [
  { rating: 'inadequate', minPercentage: 25, maxPercentage: 38 },
  { rating: 'requires-improvement', minPercentage: 39, maxPercentage: 62 },
  { rating: 'good', minPercentage: 63, maxPercentage: 87 },
  { rating: 'outstanding', minPercentage: 88, maxPercentage: 100 },
] as const satisfies readonly RatingBand[];

/** One quality statement score band of the `evidence-category` method: both ends inclusive. */
export interface QualityStatementScoreBand {
  readonly score: Score;
  readonly minPercentage: number;
  readonly maxPercentage: number;
}

/**
 * The `evidence-category` method's bands from a quality statement's percentage to its score,
 * lowest first: 25-38% = 1, 39-62% = 2, 63-87% = 3, over 87% = 4. The same rounding rule as the
 * overall rating applies: the percentage is rounded half up to a whole number first, so "over 87%"
 * means a rounded 88% or more (87.5% rounds to 88 and scores 4).
 */
export const QUALITY_STATEMENT_SCORE_BANDS = [
  { score: 1, minPercentage: 25, maxPercentage: 38 },
  { score: 2, minPercentage: 39, maxPercentage: 62 },
  { score: 3, minPercentage: 63, maxPercentage: 87 },
  { score: 4, minPercentage: 88, maxPercentage: 100 },
] as const satisfies readonly QualityStatementScoreBand[];

/**
 * Checks a replacement set of rating bands (CQC changes its process between rounds, so the bands
 * are configuration): whole percentages, lowest rating first, each band starting one above the
 * previous band's end, the last ending at 100.
 */
export const ratingBandsSchema = z
  .array(
    z.strictObject({
      rating: ratingIdSchema,
      minPercentage: z.int().min(0).max(100),
      maxPercentage: z.int().min(0).max(100),
    })
  )
  .min(1, 'give at least one rating band')
  .superRefine((bands, context) => {
    bands.forEach((band, index) => {
      if (band.minPercentage > band.maxPercentage) {
        context.addIssue({ code: 'custom', path: [index], message: `the ${band.rating} band starts above where it ends` });
      }
      const previous = bands[index - 1];
      if (previous === undefined) return;
      if (RATING_IDS.indexOf(band.rating) <= RATING_IDS.indexOf(previous.rating)) {
        context.addIssue({
          code: 'custom',
          path: [index],
          message: `the ${band.rating} band must come after a lower rating, not after ${previous.rating}`,
        });
      }
      if (band.minPercentage !== previous.maxPercentage + 1) {
        context.addIssue({
          code: 'custom',
          path: [index],
          message: `the ${band.rating} band must start at ${previous.maxPercentage + 1}%, one above the band before it`,
        });
      }
    });
    const last = bands[bands.length - 1];
    if (last !== undefined && last.maxPercentage !== 100) {
      context.addIssue({ code: 'custom', path: [bands.length - 1], message: 'the highest band must end at 100%' });
    }
  });

/**
 * The band that a whole percentage falls in. Bands are contiguous, so a percentage below the
 * lowest band (impossible with scores of 1 to 4, whose floor is 25%) takes the lowest band.
 */
export function bandForRoundedPercentage<Band extends { readonly minPercentage: number }>(
  bands: readonly [Band, ...Band[]] | readonly Band[],
  roundedPercentage: number
): Band {
  let found = bands[0];
  for (const band of bands) {
    if (band.minPercentage <= roundedPercentage) found = band;
  }
  if (found === undefined) throw new AscAssureError('no-bands', 'No rating bands were given: at least one is needed.');
  return found;
}
