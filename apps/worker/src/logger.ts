import type { Logger as TemporalLogger, LogLevel, LogMetadata } from '@temporalio/common';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { WorkerEnvironment } from './env.js';

/**
 * The worker's structured log: one JSON object per line on standard output (or `destination`),
 * ready for a log shipper. Fields: `level`, `time`, `msg`, and what each line adds
 * (`taskQueue`, `workflowId`, `activityType`...).
 *
 * @example const logger = createWorkerLogger('info'); logger.info({ taskQueue }, 'worker started');
 */
export function createWorkerLogger(level: WorkerEnvironment['LOG_LEVEL'], destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'asc-assure-worker' } };
  return destination === undefined ? pino(options) : pino(options, destination);
}

const LEVELS: Readonly<Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'>> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/**
 * Temporal's logger interface over pino, so the SDK's own lines (worker state, workflow and
 * activity logs, with their workflow ids) land in the same structured log.
 */
export function temporalLoggerFor(logger: Logger): TemporalLogger {
  const write = (level: LogLevel, message: string, meta?: LogMetadata) => logger[LEVELS[level]]({ ...meta }, message);
  return {
    log: write,
    trace: (message, meta) => write('TRACE', message, meta),
    debug: (message, meta) => write('DEBUG', message, meta),
    info: (message, meta) => write('INFO', message, meta),
    warn: (message, meta) => write('WARN', message, meta),
    error: (message, meta) => write('ERROR', message, meta),
  };
}
