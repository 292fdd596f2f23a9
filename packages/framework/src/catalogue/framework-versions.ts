import { InvalidInputError } from '../errors.js';
import { CATALOGUE_MESSAGES } from './catalogue-messages.js';
import { CQC_LA_FRAMEWORK_2023 } from './cqc-la-2023.js';
import { CQC_LA_PROPOSALS_2022 } from './cqc-la-proposals-2022.js';
import { deepFreeze } from './deep-freeze.js';
import type { FrameworkVersion } from './framework-version.js';

/** The framework versions asc-assure ships, newest first. */
export const FRAMEWORK_VERSIONS = deepFreeze([CQC_LA_FRAMEWORK_2023, CQC_LA_PROPOSALS_2022] as const);

/** One of the shipped framework versions, typed precisely. */
export type ShippedFrameworkVersion = (typeof FRAMEWORK_VERSIONS)[number];
/** The id of a shipped framework version. */
export type ShippedFrameworkVersionId = ShippedFrameworkVersion['id'];

/** The version an assessment uses unless configured otherwise: CQC's current framework. */
export const DEFAULT_FRAMEWORK_VERSION_ID = CQC_LA_FRAMEWORK_2023.id;

/**
 * A shipped framework version by id. Throws {@link InvalidInputError} for an id that is not shipped
 * (a council's own version is loaded with `parseFrameworkVersion` instead).
 *
 * @example
 * getFrameworkVersion('cqc-la-proposals-2022').qualityStatements.length // 10
 */
export function getFrameworkVersion<Id extends ShippedFrameworkVersionId>(
  id: Id,
): Extract<ShippedFrameworkVersion, { readonly id: Id }>;
export function getFrameworkVersion(id: string): FrameworkVersion;
export function getFrameworkVersion(id: string): FrameworkVersion {
  const version = FRAMEWORK_VERSIONS.find((candidate) => candidate.id === id);
  if (version === undefined) {
    throw new InvalidInputError('Unknown framework version', [
      {
        code: 'unknown-framework-version',
        path: ['frameworkVersionId'],
        message: CATALOGUE_MESSAGES.unknownFrameworkVersion(
          id,
          FRAMEWORK_VERSIONS.map((known) => known.id),
        ),
      },
    ]);
  }
  return version;
}
