/**
 * @asc-assure/engine-local: runs the asc-assure lifecycle in-process over the store (PGlite or
 * PostgreSQL), with reminders and overdue escalations derived from the store, so they survive a
 * restart, and delivered through a Notifier (log, SMTP email, webhook).
 *
 * @packageDocumentation
 */
export { createLocalEngine } from './local-engine.js';
export type { LocalEngine, LocalEngineOptions } from './local-engine.js';
export { createManualClock, systemClock } from './clock.js';
export type { Clock, ManualClock } from './clock.js';
export { combineNotifiers, createLogNotifier, createSmtpNotifier, createWebhookNotifier } from './notifiers.js';
export type { SmtpNotifierOptions, WebhookNotifierOptions, WebhookPayload } from './notifiers.js';
