import type { ApiApp } from '../api-env.js';
import { registerAccessRoutes } from './access.js';
import { registerActionRoutes } from './actions.js';
import { registerAssessmentRoutes } from './assessments.js';
import { registerAuditRoutes } from './audit.js';
import { registerCaseListRoutes } from './case-lists.js';
import { registerCouncilRoutes } from './councils.js';
import { registerEvidenceRoutes } from './evidence.js';
import { registerExportRoutes } from './exports.js';
import { registerHealthRoutes } from './health.js';
import { registerInformationReturnRoutes } from './information-return.js';
import { registerReadinessRoutes } from './readiness.js';
import { registerRiskRoutes } from './risks.js';
import { registerSelfAssessmentRoutes } from './self-assessment.js';
import type { RouteDependencies } from './route-dependencies.js';

/** Every route of the API, in the order the reference lists them. */
export function registerRoutes(app: ApiApp, deps: RouteDependencies): void {
  registerHealthRoutes(app, deps);
  registerCouncilRoutes(app, deps);
  registerAssessmentRoutes(app, deps);
  registerEvidenceRoutes(app, deps);
  registerSelfAssessmentRoutes(app, deps);
  registerActionRoutes(app, deps);
  registerRiskRoutes(app, deps);
  registerInformationReturnRoutes(app, deps);
  registerCaseListRoutes(app, deps);
  registerReadinessRoutes(app, deps);
  registerExportRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerAccessRoutes(app, deps);
}
