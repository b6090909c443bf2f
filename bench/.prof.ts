import { performance } from "node:perf_hooks";
import { scoreOrganisationUnchecked } from "../lib/scoring";
import { scoringInputSchema } from "../lib/scoring/schemas";
import { buildOrganisations } from "./scoring.data";
const orgs = buildOrganisations(10000, 20261123);
const spread=[0,0,0,0]; for (const o of orgs) spread[scoreOrganisationUnchecked(o).overallLevel]!++; console.log(spread);
const which = process.argv[2];
for (let r = 0; r < 6; r++) {
  const t = performance.now();
  for (const o of orgs) which === "zod" ? scoringInputSchema.parse(o) : scoreOrganisationUnchecked(o);
  console.log(which, ((performance.now() - t) / orgs.length).toFixed(4));
}
