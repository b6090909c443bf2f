/**
 * How long the scoring engine takes per organisation, on 10,000 generated organisations scored
 * against the full framework. The target (< 0.1 ms each) lets a nightly job rescore every
 * organisation in the scheme in about a second.
 */
import { performance } from "node:perf_hooks";
import type { ScoringInput, ScoringResult } from "../lib/scoring";
import { scoreOrganisation, scoreOrganisationUnchecked } from "../lib/scoring";
import { buildOrganisations } from "./scoring.data";
import type { Bench } from "./types";

const ORGANISATIONS = 10_000;
const SEED = 20_261_123;
const WARM_UP_ROUNDS = 3;
const TIMED_ROUNDS = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Scores every organisation TIMED_ROUNDS times after a warm-up; the median round, per organisation. */
function msPerOrganisation(organisations: readonly ScoringInput[], score: (input: ScoringInput) => ScoringResult): number {
  let levelSum = 0;
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const organisation of organisations.slice(0, 2_000)) levelSum += score(organisation).overallLevel;
  }
  const rounds: number[] = [];
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    const start = performance.now();
    for (const organisation of organisations) levelSum += score(organisation).overallLevel;
    rounds.push((performance.now() - start) / organisations.length);
  }
  // Using the levels keeps the engine's work observable, so none of it can be optimised away.
  if (Number.isNaN(levelSum)) throw new Error("Scoring produced no levels");
  return median(rounds);
}

function roundTo4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

const scoringBench: Bench = {
  name: "scoring",
  run: () => {
    const organisations = buildOrganisations(ORGANISATIONS, SEED);
    const spread = [0, 0, 0, 0];
    for (const organisation of organisations) spread[scoreOrganisationUnchecked(organisation).overallLevel]! += 1;
    console.log(`  ${ORGANISATIONS} organisations × 54 criteria × 40 evidence items; overall levels 0/1/2/3: ${spread.join("/")}`);
    return [
      { name: "scoring.msPerOrganisation", value: roundTo4(msPerOrganisation(organisations, scoreOrganisation)), unit: "ms", target: "< 0.1" },
      { name: "scoring.msPerOrganisationUnchecked", value: roundTo4(msPerOrganisation(organisations, scoreOrganisationUnchecked)), unit: "ms", target: "< 0.1" },
    ];
  },
};

export default scoringBench;
