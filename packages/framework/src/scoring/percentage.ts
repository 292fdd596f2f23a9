/**
 * The unrounded percentage of `total` out of `maximum`, as CQC defines the overall and quality
 * statement percentages: `total / maximum x 100`.
 *
 * @example
 * percentageOf(14, 36); // 38.888...
 */
export function percentageOf(total: number, maximum: number): number {
  return (total * 100) / maximum;
}

/**
 * The percentage of `total` out of `maximum`, rounded to the nearest whole number with halves
 * going up. CQC publishes no rounding rule; the project rounds before banding so that, with nine
 * quality statements, 14/36 = 38.9% reads as 39% (requires improvement), not 38% (inadequate).
 *
 * Computed in integers (`floor((200 x total + maximum) / (2 x maximum))`) so that an exact half
 * such as 1/8 = 12.5% always rounds up, whatever floating point does with `12.5`.
 *
 * @example
 * roundPercentageHalfUp(14, 36); // 39
 * roundPercentageHalfUp(1, 8); // 13
 */
export function roundPercentageHalfUp(total: number, maximum: number): number {
  return Math.floor((200 * total + maximum) / (2 * maximum));
}
