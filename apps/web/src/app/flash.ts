/**
 * A message for the next page to show once ("Evidence item added"), after a form sends the user
 * back to a list. Kept in memory: a reload forgets it, as it should.
 */
let pending: string | undefined;

/** Leaves a message for the next page. */
export function setFlash(message: string): void {
  pending = message;
}

/** Takes the message left for this page, if any (a second call returns nothing). */
export function takeFlash(): string | undefined {
  const message = pending;
  pending = undefined;
  return message;
}
