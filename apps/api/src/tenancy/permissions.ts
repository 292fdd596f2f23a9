import type { AccessRoleId } from '@asc-assure/store';

const EVERYONE = ['hub-admin', 'council-admin', 'contributor', 'reader', 'peer-reviewer'] as const satisfies readonly AccessRoleId[];
const EDITORS = ['hub-admin', 'council-admin', 'contributor'] as const satisfies readonly AccessRoleId[];
const ADMINISTRATORS = ['hub-admin', 'council-admin'] as const satisfies readonly AccessRoleId[];

/**
 * What each role may do: one table, used by enforcement (every route names its permission) and
 * by the isolation test (which expects exactly these outcomes). A peer reviewer reads what a
 * council shows CQC but not its case lists (people's pseudonymised records) or its team.
 */
export const PERMISSIONS = {
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
} as const satisfies Record<string, readonly AccessRoleId[]>;

/** One of the permissions of {@link PERMISSIONS}. */
export type Permission = keyof typeof PERMISSIONS;

/** Whether `role` has `permission`. */
export function roleAllows(role: AccessRoleId, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly AccessRoleId[]).includes(role);
}

/** Roles from most to least powerful: when a principal holds several on one council, the first wins. */
export const ROLE_PRECEDENCE: readonly AccessRoleId[] = ['hub-admin', 'council-admin', 'contributor', 'reader', 'peer-reviewer'];
