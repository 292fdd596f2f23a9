/**
 * The roles a principal (a person or a service holding an API token) can have, on one council or
 * on a hub (every council of the hub). Stable ids: they are stored, and the database refuses any
 * other. What each role may do is decided by the API's permission table, not here.
 */
export const ACCESS_ROLE_IDS = ['hub-admin', 'council-admin', 'contributor', 'reader', 'peer-reviewer'] as const;

/** One of {@link ACCESS_ROLE_IDS}. */
export type AccessRoleId = (typeof ACCESS_ROLE_IDS)[number];

/** Whether a text is one of the {@link ACCESS_ROLE_IDS}. */
export function isAccessRoleId(value: string): value is AccessRoleId {
  return (ACCESS_ROLE_IDS as readonly string[]).includes(value);
}
