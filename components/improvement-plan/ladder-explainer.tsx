import { LADDER_RUNGS, RUNGS } from "@/lib/improvement-plan/ladder";

const STAGE_NOTE = { "doing to": "doing things to people", "doing for": "doing things for people", "doing with": "doing things with people" } as const;

/**
 * What each rung of the ladder means, from the lowest up. Think Local Act Personal's ladder
 * groups them by who holds the power, which helps people place themselves honestly.
 */
export function LadderExplainer() {
  return (
    <ol className="list-decimal pl-6 mb-6 max-w-prose">
      {LADDER_RUNGS.map((rung) => (
        <li key={rung} className="mb-2">
          <strong>{RUNGS[rung].label}</strong>: {RUNGS[rung].description}{" "}
          <span className="text-muted">({STAGE_NOTE[RUNGS[rung].stage]})</span>
        </li>
      ))}
    </ol>
  );
}
