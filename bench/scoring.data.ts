/**
 * Deterministic organisations for the scoring bench: the full framework, 40 evidence items each,
 * assessors' ratings and claims, spread across the levels the way a real scheme would be.
 */
import type { ScoringInput } from "../lib/scoring";
import type { Random } from "./prng";
import { seededRandom } from "./prng";

export const ASSESSMENT_DATE = "2026-06-15";
const EVIDENCE_PER_ORGANISATION = 40;
const CRITERIA_PER_LEVEL = 3;
const LIVED_SOURCES = ["PEOPLE_WHO_USE_SERVICE", "CARER", "EXPERT_BY_EXPERIENCE"] as const;

type Framework = ScoringInput["framework"];
type Criterion = Framework["statements"][number]["criteria"][number];

/** Six statements, three levels each, three criteria per level: 54 criteria, like the real standard. */
export function buildFramework(): Framework {
  const statements: Framework["statements"] = [];
  for (let number = 1; number <= 6; number++) {
    const criteria: Criterion[] = [];
    for (const level of [1, 2, 3] as const) {
      for (let i = 0; i < CRITERIA_PER_LEVEL; i++) {
        criteria.push({ id: `c-${number}-${level}-${i}`, code: `${number}.${level}.${"abc".charAt(i)}`, level });
      }
    }
    statements.push({ number, title: `I Statement ${number}`, criteria });
  }
  return { statements };
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Mostly inside the 24-month window, some too old, a few after the assessment date. */
function evidenceDate(random: Random): string {
  const roll = random.next();
  if (roll < 0.04) return isoDate(random.int(2022, 2023), random.int(1, 12), random.int(1, 28));
  if (roll < 0.05) return isoDate(2026, random.int(7, 12), random.int(1, 28));
  const year = random.pick([2024, 2025, 2026]);
  const month = year === 2024 ? random.int(7, 12) : year === 2026 ? random.int(1, 6) : random.int(1, 12);
  return isoDate(year, month, random.int(1, 28));
}

/**
 * One organisation. Its "maturity" (how far up the levels its work reaches) decides which criteria
 * its evidence covers and how its ratings fall, so the bench scores a realistic mix of levels.
 */
function buildOrganisation(random: Random, framework: Framework, index: number): ScoringInput {
  const maturity = random.pick([1, 1, 2, 2, 2, 3, 3, 3]);
  const all = framework.statements.flatMap((statement) => statement.criteria);
  const reachable = all.filter((criterion) => criterion.level <= maturity);
  const evidence: ScoringInput["evidence"] = [];
  for (let e = 0; e < EVIDENCE_PER_ORGANISATION; e++) {
    // Walk the reachable criteria in turn so each gets linked, then add the odd stray link.
    const links = new Set<string>();
    for (let l = 0; l < 2; l++) links.add((reachable[(e * 2 + l) % reachable.length] ?? random.pick(all)).id);
    if (random.chance(0.3)) links.add(random.pick(all).id);
    evidence.push({
      id: `org-${index}-ev-${e}`,
      date: evidenceDate(random),
      source: random.chance(0.6) ? random.pick(LIVED_SOURCES) : "ORGANISATION",
      status: random.chance(0.94) ? "ACCEPTED" : random.chance(0.6) ? "PENDING" : "REJECTED",
      criterionIds: [...links],
    });
  }
  const ratings: ScoringInput["ratings"] = all
    .filter(() => random.chance(0.8))
    .map((criterion) => ({
      criterionId: criterion.id,
      rating: random.chance(criterion.level <= maturity ? 0.997 : 0.6) ? "MET" : "NOT_MET",
      ...(random.chance(0.4) ? { observation: "People told us they were listened to and treated as individuals." } : {}),
    }));
  const claims: ScoringInput["claims"] = all.map((criterion) => ({
    criterionId: criterion.id,
    claim: criterion.level <= maturity ? "YES" : random.pick(["PARTLY", "NOT_YET"] as const),
  }));
  return { mode: "verified", assessmentDate: ASSESSMENT_DATE, framework, evidence, ratings, claims };
}

/** The same organisations every time for a given seed; all share one framework object, as in a batch job. */
export function buildOrganisations(count: number, seed: number): ScoringInput[] {
  const random = seededRandom(seed);
  const framework = buildFramework();
  return Array.from({ length: count }, (_, index) => buildOrganisation(random, framework, index));
}
