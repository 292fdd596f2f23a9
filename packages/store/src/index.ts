/**
 * @asc-assure/store: persistence for asc-assure through one SQL layer (kysely) over the embedded
 * PGlite (a folder on disk) or a PostgreSQL server, with the same migrations for both: the
 * assessment event log and snapshots, deadlines and sent notifications, the council read models,
 * and an append-only, hash-chained audit log.
 *
 * @packageDocumentation
 */
export { openStore, withinTransaction } from './open-store.js';
export type { PgliteStoreOptions, PostgresStoreOptions, Store, StoreDialect, StoreExecutor, StoreOptions, StoreTransaction } from './open-store.js';
export {
  ConcurrentUpdateError,
  RecordExistsError,
  RecordNotFoundError,
  StoreLockedError,
  StoreMigrationError,
  StoreUnavailableError,
} from './store-errors.js';
export { storeMigrationProvider, storeMigrations } from './migrations.js';
export { DATA_DIR_LOCK_FILE } from './data-dir-lock.js';
export type { DataDirLockHolder } from './data-dir-lock.js';
export { describeConnectionFailure, POSTGRES_CONNECT_TIMEOUT_MILLISECONDS } from './postgres-connection.js';
export type {
  ActionsTable,
  AssessmentEventsTable,
  AssessmentSnapshotsTable,
  AssessmentsTable,
  AuditLogTable,
  CaseListsTable,
  CouncilsTable,
  Database,
  DeadlinesTable,
  EvidenceItemsTable,
  InformationReturnProgressTable,
  JsonColumn,
  NotificationsSentTable,
  NullableDateColumn,
  NullableJsonColumn,
  PublishedResultsTable,
  RisksTable,
  SelfAssessmentStatementsTable,
  TextArrayColumn,
  TimestampColumn,
} from './schema.js';
export type { JsonValue } from './json.js';
export { canonicalJson } from './canonical-json.js';
export { getCouncil, listCouncils, saveCouncil } from './councils.js';
export type { CouncilInput, CouncilRecord } from './councils.js';
export { createAssessment, getAssessment, listAssessments, updateAssessmentState } from './assessments.js';
export type { AssessmentFilter, AssessmentRecord, AssessmentStateUpdate, NewAssessment } from './assessments.js';
export { appendAssessmentEvent, getLastAssessmentEventSequence, listAssessmentEvents } from './events.js';
export type { AssessmentEventRecord, NewAssessmentEvent } from './events.js';
export { getAssessmentSnapshot, upsertAssessmentSnapshot } from './snapshots.js';
export type { AssessmentSnapshotInput, AssessmentSnapshotRecord } from './snapshots.js';
export { listAssessmentDeadlines, listOpenDeadlines, OPEN_DEADLINE_STATUS, replaceAssessmentDeadlines } from './deadlines.js';
export type { DeadlineInput, DeadlineRecord, OpenDeadlineRecord } from './deadlines.js';
export { listSentKeys, recordNotificationSent } from './notifications.js';
export type { NotificationSentInput } from './notifications.js';
export { EVIDENCE_INSERT_CHUNK_SIZE, EVIDENCE_PAGE_SIZE_LIMIT, countEvidenceItems, deleteEvidenceItem, evidenceItemFieldsOf, evidenceItemInputOf, getEvidenceItem, insertEvidenceItems, listAllEvidenceItems, listEvidenceItems, saveEvidenceItems, updateEvidenceItem } from './evidence-items.js';
export type { EvidenceItemFields, EvidenceItemFilter, EvidenceItemPage, EvidenceItemRecord, EvidenceItemUpdate, EvidenceSaveResult, NewEvidenceItem } from './evidence-items.js';
export { getSelfAssessmentStatement, listSelfAssessmentStatements, upsertSelfAssessmentStatement } from './self-assessment.js';
export type { SelfAssessmentStatementInput, SelfAssessmentStatementRecord } from './self-assessment.js';
export { createAction, deleteAction, getAction, listActions, updateAction } from './actions.js';
export type { ActionFields, ActionRecord, ActionUpdate, NewAction } from './actions.js';
export { createRisk, deleteRisk, getRisk, listRisks, updateRisk } from './risks.js';
export type { NewRisk, RiskFields, RiskRecord, RiskUpdate } from './risks.js';
export { listInformationReturnProgress, upsertInformationReturnProgress } from './information-return.js';
export type { InformationReturnProgressInput, InformationReturnProgressRecord } from './information-return.js';
export { getCaseList, listCaseLists, saveCaseList } from './case-lists.js';
export type { CaseListInput, CaseListRecord } from './case-lists.js';
export { getPublishedResult, savePublishedResult } from './published-results.js';
export type { PublishedResultInput, PublishedResultRecord } from './published-results.js';
export { appendAudit, AUDIT_GENESIS_HASH, getAuditHead, hashAuditEntry, listAuditEntries, verifyAuditLog } from './audit-log.js';
export type { AuditEntryInput, AuditEntryRecord, AuditHashedContent, AuditHead, AuditVerification } from './audit-log.js';
export { ACCESS_ROLE_IDS, isAccessRoleId } from './access-roles.js';
export type { AccessRoleId } from './access-roles.js';
export type { ApiTokensTable, HubCouncilsTable, HubsTable, MembershipsTable, PrincipalsTable, PseudonymisationKeysTable } from './access-schema.js';
export { addCouncilToHub, getHub, listCouncilIdsOfHubs, listHubCouncilIds, listHubIdsOfCouncil, saveHub } from './hubs.js';
export type { HubRecord } from './hubs.js';
export { getPrincipal, savePrincipal } from './principals.js';
export type { PrincipalRecord } from './principals.js';
export { grantMembership, listCouncilMemberships, listMembershipsOfPrincipal, revokeCouncilMembership } from './memberships.js';
export type { MembershipInput, MembershipRecord } from './memberships.js';
export { findApiTokenByHash, insertApiToken, listCouncilApiTokens, revokeCouncilApiToken } from './api-tokens.js';
export type { ApiTokenRecord, NewApiToken } from './api-tokens.js';
export { getOrCreatePseudonymisationKeyHex } from './pseudonymisation-keys.js';
export {
  actionInputOf,
  decodeAreaForImprovement,
  encodeAreaForImprovement,
  loadReadinessInput,
  publishedResultFor,
  riskInputOf,
  selfAssessmentInputOf,
} from './readiness-input.js';
export type { ReadinessAssessment } from './readiness-input.js';
