/**
 * Freezes `value` and everything reachable from it, so framework data cannot be changed at run
 * time by any caller (a mutated catalogue would silently change every council's scores).
 * Returns the same object, typed as it was: the readonly types already say "do not change".
 */
export function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}
