import type { AreaForImprovement } from '@asc-assure/framework';

/*
 * The store keeps a self-assessment's areas for improvement as a list of strings. Readiness
 * analysis needs each area's id and the actions planned for it, so each area is stored as the
 * JSON of { id, description, actionIds }, exactly as the command line stores it, so that both
 * read what the other wrote. A plain string (written by another tool) still reads: it becomes an
 * area with a made-up id and no actions.
 */

/** An area for improvement as the store keeps it. */
export function encodeAreaForImprovement(area: AreaForImprovement): string {
  return JSON.stringify({ id: area.id, description: area.description, actionIds: area.actionIds });
}

/** An area for improvement read back from the store. */
export function decodeAreaForImprovement(text: string, qualityStatementId: string, index: number): AreaForImprovement {
  try {
    const value = JSON.parse(text) as Partial<AreaForImprovement> | null;
    if (value !== null && typeof value.id === 'string' && typeof value.description === 'string' && Array.isArray(value.actionIds)) {
      return { id: value.id, description: value.description, actionIds: value.actionIds.filter((id): id is string => typeof id === 'string') };
    }
  } catch {
    // Not JSON: a plain description.
  }
  return { id: `${qualityStatementId}-area-${index + 1}`, description: text, actionIds: [] };
}
