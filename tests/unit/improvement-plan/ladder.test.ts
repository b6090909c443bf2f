import { describe, expect, it } from "vitest";
import { LADDER_RUNGS, RUNGS, type LadderRung, compareRungs, describeRung, isLadderRung, rungNumber, rungsToClimb } from "@/lib/improvement-plan/ladder";
import { LadderRung as PrismaLadderRung } from "@/generated/prisma/enums";

describe("the ladder of co-production", () => {
  it("runs from coercion at the bottom to co-production at the top, as TLAP's ladder does", () => {
    expect(LADDER_RUNGS.map((rung) => RUNGS[rung].label)).toEqual(["Coercion", "Educating", "Informing", "Consultation", "Engagement", "Co-design", "Co-production"]);
    expect(rungNumber("COERCION")).toBe(1);
    expect(rungNumber("CO_PRODUCTION")).toBe(7);
  });

  it("has exactly the rungs of the database enum, in the schema's order", () => {
    expect([...LADDER_RUNGS]).toEqual(Object.values(PrismaLadderRung));
  });

  it("compares rungs by height", () => {
    expect(compareRungs("CONSULTATION", "CO_DESIGN")).toBeLessThan(0);
    expect(compareRungs("CO_DESIGN", "CONSULTATION")).toBeGreaterThan(0);
    expect(compareRungs("ENGAGEMENT", "ENGAGEMENT")).toBe(0);
    const shuffled: LadderRung[] = ["CO_PRODUCTION", "INFORMING", "COERCION", "CO_DESIGN", "EDUCATING", "ENGAGEMENT", "CONSULTATION"];
    expect(shuffled.sort(compareRungs)).toEqual([...LADDER_RUNGS]);
  });

  it("counts the rungs still to climb, never fewer than none", () => {
    expect(rungsToClimb("CONSULTATION", "CO_DESIGN")).toBe(2);
    expect(rungsToClimb("CO_DESIGN", "CO_DESIGN")).toBe(0);
    expect(rungsToClimb("CO_DESIGN", "INFORMING")).toBe(0);
  });

  it("describes each rung in a plain-English sentence of its own", () => {
    expect(describeRung("CONSULTATION")).toBe("Consultation: we ask people's views, but we decide");
    const descriptions = LADDER_RUNGS.map((rung) => RUNGS[rung].description);
    expect(new Set(descriptions).size).toBe(7);
    for (const text of descriptions) expect(text.length).toBeLessThan(110);
  });

  it("recognises only real rungs", () => {
    expect(isLadderRung("CO_DESIGN")).toBe(true);
    for (const value of ["co_design", "Co-design", "", null, undefined, 3]) expect(isLadderRung(value)).toBe(false);
  });
});
