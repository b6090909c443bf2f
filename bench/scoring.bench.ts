/**
 * How long the scoring engine takes per organisation, on 10,000 generated organisations scored
 * against the full framework. The target (< 0.1 ms each) lets a nightly job rescore every
 * organisation in the scheme in about a second.
 */
import { performance } from "node:perf_hooks";
import type { ScoringInput, ScoringResult } from "../lib/scoring";
import { EVIDENCE_SOURCES, scoreOrganisation, scoreOrganisationUnchecked } from "../lib/scoring";
import type { Random } from "./prng";
import { seededRandom } from "./prng";
import type { Bench } from "./types";

const ORGANISATIONS = 10_000;
const EVIDENCE_PER_ORGANISATION = 40;
const CRITERIA_PER_LEVEL = 3;
const TIMED_ROUNDS = 5;
const ASSESSMENT_DATE = "2026-06-15";

type Framework = ScoringInput["framework"];

/** Six statements, three levels each, three criteria per level: 54 criteria, like the real standard. */
function buildFramework(): Framework {
  const statements: Framework["statements"] = [];
  for (let number = 1; number <= 6; number++) {
    const criteria: Framework["statements"][number]["criteria"] = [];
    for (const level of [1, 2, 3] as const) {
      for (let i = 0; i < CRITERIA_PER_LEVEL; i++) {
        criteria.push({ id: `c-${number}-${level}-${i}`, code: `${number}.${level}.${"abc"[i]}`, level });
      }
    }
    statements.push({ number, title: `I Statement ${number}`, criteria });
  }
  return { statements };
}

/** A date between early 2024 and just after the assessment, so every window edge case occurs. */
function randomDate(random: Random): string {
  const year = random.pick([2024, 2024, 2025, 2025, 2026]);
  const month = year === 2026 ? random.int(1, 7) : random.int(1, 12);
  return `${year}-${String(month).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
}

function buildOrganisation(random: Random, framework: Framework, index: number): ScoringInput {
  const criterionIds = framework.statements.flatMap((statement) => statement.criteria.map((criterion) => criterion.id));
  const evidence: ScoringInput["evidence"] = [];
  for (let e = 0; e < EVIDENCE_PER_ORGANISATION; e++) {
    const links = new Set<string>();
    for (let l = random.int(1, 3); l > 0; l--) links.add(random.pick(criterionIds));
    evidence.push({
      id: `org-${index}-ev-${e}`,
      date: randomDate(random),
      source: random.chance(0.5) ? "ORGANISATION" : random.pick(EVIDENCE_SOURCES),
      status: random.chance(0.75) ? "ACCEPTED" : random.chance(0.6) ? "PENDING" : "REJECTED",
      criterionIds: [...links],
    });
  }
  const ratings: ScoringInput["ratings"] = criterionIds
    .filter(() => random.chance(0.8))
    .map((criterionId) => ({
      criterionId,
      rating: random.chance(0.85) ? "MET" : "NOT_MET",
      ...(random.chance(0.5) ? { observation: "People told us they were listened to." } : {}),
    }));
  const claims: ScoringInput["claims"] = criterionIds.map((criterionId) => ({ criterionId, claim: random.pick(["YES", "YES", "PARTLY", "NOT_YET"] as const) }));
  return { mode: "verified", assessmentDate: ASSESSMENT_DATE, framework, evidence, ratings, claims };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Scores every organisation TIMED_ROUNDS times and returns the median milliseconds per organisation. */
function timePerOrganisation(organisations: readonly ScoringInput[], score: (input: ScoringInput) => ScoringResult): { ms: number; levelSum: number } {
  for (let warm = 0; warm < 3; warm++) for (const organisation of organisations.slice(0, 2_000)) score(organisation);
  const rounds: number[] = [];
  let levelSum = 0;
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    const start = performance.now();
    // Summing levels keeps the engine's work observable, so nothing can be optimised away.
    for (const organisation of organisations) levelSum += score(organisation).overallLevel;
    rounds.push((performance.now() - start) / organisations.length);
  }
  return { ms: median(rounds), levelSum };
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

const scoringBench: Bench = {
  name: "scoring",
  run: () => {
    const random = seededRandom(20_261_123);
    const framework = buildFramework();
    const organisations = Array.from({ length: ORGANISATIONS }, (_, index) => buildOrganisation(random, framework, index));
    const checked = timePerOrganisation(organisations, scoreOrganisation);
    const unchecked = timePerOrganisation(organisations, scoreOrganisationUnchecked);
    const levels = [0, 1, 2, 3].map((level) => organisations.filter((o) => scoreOrganisationUnchecked(o).overallLevel === level).length);
    console.log(`  ${ORGANISATIONS} organisations, overall levels 0/1/2/3: ${levels.join("/")} (checksum ${checked.levelSum + unchecked.levelSum})`);
    return [
      { name: "scoring.msPerOrganisation", value: round4(checked.ms), unit: "ms", target: "< 0.1" },
      { name: "scoring.msPerOrganisationUnchecked", value: round4(unchecked.ms), unit: "ms", target: "< 0.1" },
    ];
  },
};

export default scoringBench;
