import { performance } from "node:perf_hooks";
import { scoreOrganisation, scoreOrganisationUnchecked } from "../lib/scoring";
import { isValidScoringInput } from "../lib/scoring/validate";
import { buildOrganisations } from "./scoring.data";
const orgs = buildOrganisations(10000, 20261123);
const fns: Record<string, (o: (typeof orgs)[number]) => unknown> = { validate: isValidScoringInput, unchecked: scoreOrganisationUnchecked, checked: scoreOrganisation };
for (let r = 0; r < 5; r++) {
  const line: string[] = [];
  for (const [name, fn] of Object.entries(fns)) {
    const t = performance.now();
    for (const o of orgs) fn(o);
    line.push(`${name} ${((performance.now() - t) / orgs.length).toFixed(4)}`);
  }
  console.log(line.join("  "));
}
