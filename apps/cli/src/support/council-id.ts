/** Words that end most council names and say nothing about which council it is. */
const COUNCIL_NAME_ENDINGS = /\s+(metropolitan\s+borough|county\s+borough|borough|county|city|district|town)?\s*council$/i;
const COUNCIL_NAME_OPENINGS = /^(the\s+)?(royal\s+borough\s+of|london\s+borough\s+of|city\s+of|council\s+of\s+the)\s+/i;

/**
 * A council id made from its name, for when none is given: the distinctive words in kebab case.
 *
 * @example
 * councilIdFromName('Gloucestershire County Council'); // 'gloucestershire'
 * councilIdFromName('London Borough of Tower Hamlets'); // 'tower-hamlets'
 */
export function councilIdFromName(name: string): string {
  const core = name.trim().replace(COUNCIL_NAME_ENDINGS, '').replace(COUNCIL_NAME_OPENINGS, '');
  const id = (core === '' ? name : core)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'council' : id;
}
