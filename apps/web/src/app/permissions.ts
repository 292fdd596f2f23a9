import type { AccessRole } from './api/resources.js';

const EVERYONE = ['hub-admin', 'council-admin', 'contributor', 'reader', 'peer-reviewer'] as const satisfies readonly AccessRole[];
const EDITORS = ['hub-admin', 'council-admin', 'contributor'] as const satisfies readonly AccessRole[];
const ADMINISTRATORS = ['hub-admin', 'council-admin'] as const satisfies readonly AccessRole[];

/**
 * What each role may do, so that the dashboard offers no button the API would refuse. The API
 * enforces the same table (`PERMISSIONS` in `@asc-assure/api`, which cannot be bundled for a
 * browser); a test holds the two equal.
 */
export const ROLE_PERMISSIONS = {
  'council.read': EVERYONE,
  'council.create': ['hub-admin'],
  'members.read': ADMINISTRATORS,
  'members.write': ADMINISTRATORS,
  'tokens.read': ADMINISTRATORS,
  'tokens.write': ADMINISTRATORS,
  'assessment.read': EVERYONE,
  'assessment.start': ADMINISTRATORS,
  'assessment.event': EDITORS,
  'evidence.read': EVERYONE,
  'evidence.write': EDITORS,
  'self-assessment.read': EVERYONE,
  'self-assessment.write': EDITORS,
  'actions.read': EVERYONE,
  'actions.write': EDITORS,
  'risks.read': EVERYONE,
  'risks.write': EDITORS,
  'information-return.read': EVERYONE,
  'information-return.write': EDITORS,
  'case-list.read': EDITORS,
  'case-list.write': EDITORS,
  'readiness.read': EVERYONE,
  'published-result.read': EVERYONE,
  'published-result.write': ADMINISTRATORS,
  'audit.read': ['hub-admin', 'council-admin', 'peer-reviewer'],
  'audit.verify': ['hub-admin'],
} as const satisfies Record<string, readonly AccessRole[]>;

/** Something a role may or may not do. */
export type DashboardPermission = keyof typeof ROLE_PERMISSIONS;

/** Whether `role` may do `permission`. */
export function roleCan(role: AccessRole | undefined, permission: DashboardPermission): boolean {
  return role !== undefined && (ROLE_PERMISSIONS[permission] as readonly AccessRole[]).includes(role);
}

/** Display names of the roles. */
export const ROLE_LABELS = {
  'hub-admin': 'Hub administrator',
  'council-admin': 'Council administrator',
  contributor: 'Contributor',
  reader: 'Reader',
  'peer-reviewer': 'Peer reviewer',
} as const satisfies Record<AccessRole, string>;
