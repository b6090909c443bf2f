// The rule an award's level must follow, kept pure so the form, the service and the unit tests
// all use the same words: never above the engine's verified level, and a written reason whenever
// the scheme admin issues less than it.

export const NO_AWARD_AT_LEVEL_0 =
  "The verified level is not yet level 1, so no award can be issued. Close the assessment without an award instead";

/** Problems with an issued level (field "award") and its reason, by form field; empty when the level may be issued. */
export function awardLevelProblems(issuedLevel: number, computedLevel: number, reason: string): Record<string, string[]> {
  if (computedLevel < 1) return { award: [NO_AWARD_AT_LEVEL_0] };
  if (!Number.isInteger(issuedLevel) || issuedLevel < 1) return { award: ["Select the level to award, or no award"] };
  if (issuedLevel > computedLevel) {
    return { award: [`The award cannot be above the verified level. Select level ${computedLevel} or lower`] };
  }
  if (issuedLevel < computedLevel && reason.trim() === "") {
    return { levelReason: [`Say why you are awarding less than the verified level (level ${computedLevel})`] };
  }
  return {};
}

/** The levels the scheme admin may choose between: 1 up to the verified level. */
export function levelsOffered(computedLevel: number): number[] {
  return Array.from({ length: Math.max(0, Math.min(3, computedLevel)) }, (_, i) => i + 1);
}
