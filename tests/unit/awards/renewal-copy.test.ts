import { describe, expect, it } from "vitest";
import { planRenewalCopy } from "@/lib/awards/renewal-copy";

const v1 = [
  { id: "v1-a", code: "1.1.a" },
  { id: "v1-b", code: "1.2.b" },
  { id: "v1-c", code: "2.1.a" },
];
const v2 = [
  { id: "v2-a", code: "1.1.a" },
  { id: "v2-c", code: "2.1.a" },
  { id: "v2-d", code: "2.3.a" },
];

describe("what a renewal carries over", () => {
  it("maps answers and accounts to the current standard's criteria by code", () => {
    const copy = planRenewalCopy(v1, v2, [{ criterionId: "v1-a", claim: "YES", account: "We co-chair the board.", updatedById: "u1" }], []);
    expect(copy.answers).toEqual([{ criterionId: "v2-a", claim: "YES", account: "We co-chair the board.", updatedById: "u1" }]);
  });

  it("maps evidence links by code, once each", () => {
    const links = [
      { evidenceId: "e1", criterionId: "v1-a" },
      { evidenceId: "e1", criterionId: "v1-c" },
      { evidenceId: "e2", criterionId: "v1-c" },
    ];
    expect(planRenewalCopy(v1, v2, [], links).links).toEqual([
      { evidenceId: "e1", criterionId: "v2-a" },
      { evidenceId: "e1", criterionId: "v2-c" },
      { evidenceId: "e2", criterionId: "v2-c" },
    ]);
  });

  it("names the criteria whose answers or evidence could not be carried over, and the new ones", () => {
    const copy = planRenewalCopy(v1, v2, [{ criterionId: "v1-b", claim: "PARTLY", account: "Sometimes.", updatedById: null }], [{ evidenceId: "e1", criterionId: "v1-b" }]);
    expect(copy.answers).toEqual([]);
    expect(copy.links).toEqual([]);
    expect(copy.notCarriedOver).toEqual(["1.2.b"]);
    expect(copy.newCriteria).toEqual(["2.3.a"]);
  });

  it("ignores links to criteria outside the earlier standard", () => {
    const copy = planRenewalCopy(v1, v2, [], [{ evidenceId: "e1", criterionId: "somewhere-else" }]);
    expect(copy).toEqual({ answers: [], links: [], notCarriedOver: [], newCriteria: ["2.3.a"] });
  });

  it("orders codes as people read them (1.10 after 1.9)", () => {
    const from = [{ id: "x", code: "1.10.a" }, { id: "y", code: "1.9.a" }];
    const copy = planRenewalCopy(from, [], [{ criterionId: "x", claim: "YES", account: "a", updatedById: null }, { criterionId: "y", claim: "YES", account: "b", updatedById: null }], []);
    expect(copy.notCarriedOver).toEqual(["1.9.a", "1.10.a"]);
  });
});
