/**
 * Matching what a council officer typed to the framework's ids: case, spaces and punctuation do
 * not matter, and a near miss gets a "did you mean".
 */

/** Lower case, letters and digits only: "Safe Systems" and "safe-systems" read the same. */
export function normaliseForMatching(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Edit distance between two strings (insertions, deletions, substitutions, transpositions). */
export function editDistance(first: string, second: string): number {
  const rows = first.length + 1;
  const columns = second.length + 1;
  const distance: number[][] = Array.from({ length: rows }, (_, row) => Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
  for (let row = 1; row < rows; row++) {
    for (let column = 1; column < columns; column++) {
      const cost = first[row - 1] === second[column - 1] ? 0 : 1;
      const current = distance[row] as number[];
      const previous = distance[row - 1] as number[];
      let best = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, (previous[column - 1] ?? 0) + cost);
      if (row > 1 && column > 1 && first[row - 1] === second[column - 2] && first[row - 2] === second[column - 1]) {
        best = Math.min(best, (distance[row - 2]?.[column - 2] ?? 0) + 1);
      }
      current[column] = best;
    }
  }
  return distance[rows - 1]?.[columns - 1] ?? 0;
}

/** A vocabulary: names people may type (ids, titles, short titles) and the id each stands for. */
export interface Vocabulary<Id extends string> {
  /** The id a typed value stands for, or undefined. */
  match(typed: string): Id | undefined;
  /** The id closest to a typed value that matched nothing, if any is close enough to suggest. */
  suggest(typed: string): Id | undefined;
}

/**
 * Builds a {@link Vocabulary} from `[name, id]` pairs.
 *
 * @example
 * const statements = createVocabulary([['Safeguarding', 'safeguarding'], ['QS7', 'safeguarding']]);
 * statements.match('SAFEGUARDING'); // 'safeguarding'
 * statements.suggest('Safegaurding'); // 'safeguarding'
 */
export function createVocabulary<Id extends string>(names: readonly (readonly [string, Id])[]): Vocabulary<Id> {
  const byName = new Map<string, Id>();
  for (const [name, id] of names) {
    const key = normaliseForMatching(name);
    if (key !== '' && !byName.has(key)) byName.set(key, id);
  }
  return {
    match: (typed) => byName.get(normaliseForMatching(typed)),
    suggest: (typed) => {
      const key = normaliseForMatching(typed);
      if (key === '') return undefined;
      let best: { id: Id; distance: number } | undefined;
      for (const [name, id] of byName) {
        const distance = editDistance(key, name);
        if (best === undefined || distance < best.distance) best = { id, distance };
      }
      const allowed = Math.max(2, Math.floor(key.length / 3));
      return best !== undefined && best.distance <= allowed ? best.id : undefined;
    },
  };
}

/** Splits a cell holding a list: items separated by semicolons or new lines (commas stay inside titles). */
export function splitList(cell: string | undefined): string[] {
  if (cell === undefined) return [];
  return cell
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
