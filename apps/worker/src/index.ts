/**
 * @asc-assure/worker: the Temporal worker process a regional hub runs, its settings,
 * and the `hub` commands of the command line.
 *
 * @packageDocumentation
 */
export { parseWorkerEnvironment, usesTemporalTls, WORKER_DEFAULTS, WORKER_LOG_LEVELS, workerEnvironmentSchema } from './env.js';
export type { ParsedWorkerEnvironment, WorkerEnvironment, WorkerEnvironmentProblem } from './env.js';
export { createWorkerLogger, temporalLoggerFor } from './logger.js';
export { hubNotifierFromEnvironment } from './hub-notifier.js';
export type { HubNotifier } from './hub-notifier.js';
export { connectHubClient, connectWorkerConnection, temporalConnectionSettings, temporalUnavailableMessage } from './temporal-connection.js';
export type { HubClient, TemporalConnectionSettings } from './temporal-connection.js';
export { installTemporalRuntime, MISSING_HUB_DATABASE_MESSAGE, runUntilSignalled, startHubWorker, writeWorkflowBundle } from './run-hub-worker.js';
export type { RunningHubWorker } from './run-hub-worker.js';
export { connectHubEngine } from './hub-engine.js';
export type { ConnectedHubEngine } from './hub-engine.js';
export {
  formatAssessmentList,
  formatAssessmentView,
  hubAssessmentStatus,
  hubStatus,
  listHubAssessments,
  openHubAssessment,
  parseEventArgument,
  pingHubWorker,
  sendHubEvent,
} from './hub-operations.js';
export type { HubPing } from './hub-operations.js';
export { registerHubCommands } from './hub-commands.js';
export type { HubCommandHost, HubCommandOptions } from './hub-commands.js';
export { main as runWorkerMain } from './main.js';
