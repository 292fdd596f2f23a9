/**
 * The plain-English messages the catalogue reports when a framework version or an Information
 * Return checklist does not hold together. Kept in one place so the wording stays consistent and
 * tests can match it.
 */
export const CATALOGUE_MESSAGES = {
  kebabId: 'must be an id in lower case with words joined by hyphens, such as "assessing-needs"',
  notBlank: 'must not be blank',
  careActSection: 'must name a Care Act 2014 section as "s42" or a range as "ss42-43"',
  careActRange: (section: string) => `the Care Act range "${section}" must run from a lower to a higher section`,
  duplicateTheme: (id: string) => `theme "${id}" is listed more than once`,
  duplicateQualityStatement: (id: string) => `quality statement "${id}" is listed more than once`,
  duplicateEvidenceCategory: (id: string) => `evidence category "${id}" is listed more than once`,
  duplicateScoringMethod: (id: string) => `scoring method "${id}" is listed more than once`,
  duplicateSourceList: (statementId: string, categoryId: string) =>
    `there is more than one list of suggested sources for "${statementId}" and "${categoryId}"`,
  duplicateApplicableCategory: (statementId: string, categoryId: string) =>
    `evidence category "${categoryId}" is applied to quality statement "${statementId}" more than once`,
  unknownThemeOfStatement: (statementId: string, themeId: string) =>
    `quality statement "${statementId}" belongs to theme "${themeId}", which is not a theme of this framework version`,
  themeWithoutStatements: (themeId: string) => `theme "${themeId}" has no quality statements`,
  noActiveStatements: 'the framework version has no active quality statements',
  missingApplicableCategories: (statementId: string) =>
    `quality statement "${statementId}" has no list of applicable evidence categories`,
  noApplicableCategories: (statementId: string) =>
    `quality statement "${statementId}" must have at least one applicable evidence category`,
  applicableToUnknownStatement: (statementId: string) =>
    `evidence categories are listed for "${statementId}", which is not a quality statement of this framework version`,
  unknownApplicableCategory: (statementId: string, categoryId: string) =>
    `quality statement "${statementId}" uses evidence category "${categoryId}", which is not an evidence category of this framework version`,
  sourcesForUnknownStatement: (statementId: string) =>
    `suggested sources are listed for "${statementId}", which is not a quality statement of this framework version`,
  sourcesForUnknownCategory: (categoryId: string) =>
    `suggested sources are listed for evidence category "${categoryId}", which is not an evidence category of this framework version`,
  notJson: 'is not valid JSON',
  unknownFrameworkVersion: (id: string, known: readonly string[]) =>
    `"${id}" is not a known framework version (known versions: ${known.join(', ')})`,
  unknownQualityStatement: (id: string, versionId: string) =>
    `"${id}" is not a quality statement of framework version "${versionId}"`,
  unknownTheme: (id: string, versionId: string) => `"${id}" is not a theme of framework version "${versionId}"`,
  unknownEvidenceCategory: (id: string, versionId: string) =>
    `"${id}" is not an evidence category of framework version "${versionId}"`,
  duplicateInformationReturnItem: (id: string) => `Information Return item "${id}" is listed more than once`,
  informationReturnUnknownStatement: (itemId: string, statementId: string) =>
    `Information Return item "${itemId}" evidences "${statementId}", which is not a quality statement of this framework version`,
  informationReturnNoStatements: 'must evidence at least one quality statement',
  informationReturnNeedsReference: (status: string) =>
    `an item marked "${status}" needs a document reference, so CQC's copy can be traced`,
} as const;
