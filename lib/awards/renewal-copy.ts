// What a renewal carries over from the last self-assessment to one on the current standard.
// Criteria are matched by their stable code ("1.2.b"), which survives from one version of the
// standard to the next. Pure, so the mapping is unit-tested without a database.

export type CriterionRef = { id: string; code: string };
export type AnswerToCopy = { criterionId: string; claim: "NOT_YET" | "PARTLY" | "YES"; account: string; updatedById: string | null };
export type LinkToCopy = { evidenceId: string; criterionId: string };

export type RenewalCopy = {
  answers: AnswerToCopy[];
  links: LinkToCopy[];
  /** Codes of earlier criteria with an answer or evidence that the current standard no longer has. */
  notCarriedOver: string[];
  /** Codes of criteria that are new in the current standard, so have nothing carried over. */
  newCriteria: string[];
};

const byCode = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

export function planRenewalCopy(from: readonly CriterionRef[], to: readonly CriterionRef[], answers: readonly AnswerToCopy[], links: readonly LinkToCopy[]): RenewalCopy {
  const codeOf = new Map(from.map((c) => [c.id, c.code]));
  const targetByCode = new Map(to.map((c) => [c.code, c.id]));
  const lost = new Set<string>();
  const target = (criterionId: string): string | null => {
    const code = codeOf.get(criterionId);
    if (code === undefined) return null; // not part of the earlier self-assessment's standard
    const id = targetByCode.get(code);
    if (id === undefined) lost.add(code);
    return id ?? null;
  };

  const copiedAnswers = answers.flatMap((a) => {
    const criterionId = target(a.criterionId);
    return criterionId ? [{ ...a, criterionId }] : [];
  });
  const seen = new Set<string>();
  const copiedLinks = links.flatMap((l) => {
    const criterionId = target(l.criterionId);
    const key = `${l.evidenceId}:${criterionId}`;
    if (!criterionId || seen.has(key)) return [];
    seen.add(key);
    return [{ evidenceId: l.evidenceId, criterionId }];
  });
  const earlierCodes = new Set(from.map((c) => c.code));
  return {
    answers: copiedAnswers,
    links: copiedLinks,
    notCarriedOver: [...lost].sort(byCode),
    newCriteria: to.map((c) => c.code).filter((code) => !earlierCodes.has(code)).sort(byCode),
  };
}
