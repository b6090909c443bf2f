import { performance } from "node:perf_hooks";
import { scoreOrganisation } from "../lib/scoring";
import { buildOrganisations } from "./scoring.data";
const orgs = buildOrganisations(10000, 20261123);
for (let r = 0; r < 8; r++) { for (const o of orgs) scoreOrganisation(o); }
