import { describe, expect, it } from "vitest";
import { accreditationStatus, isAccreditedOn, type Accreditation } from "@/lib/assessors/accreditation";
import { ineligibilityReasons } from "@/lib/assessors/eligibility";
import { assignSchema } from "@/lib/visits/schemas";
import { profileSchema } from "@/lib/assessors/schemas";

const dawn: Accreditation = { trainingCompletedOn: "2025-09-19", accreditedOn: "2025-10-01", accreditationExpiresOn: "2027-10-01" };

describe("isAccreditedOn", () => {
  it("starts on the day it is granted and ends the day before it expires", () => {
    expect(isAccreditedOn(dawn, "2025-09-30")).toBe(false);
    expect(isAccreditedOn(dawn, "2025-10-01")).toBe(true);
    expect(isAccreditedOn(dawn, "2027-09-30")).toBe(true);
    expect(isAccreditedOn(dawn, "2027-10-01")).toBe(false);
  });

  it("is false without a profile or without both dates", () => {
    expect(isAccreditedOn(null, "2026-01-01")).toBe(false);
    expect(isAccreditedOn({ ...dawn, accreditationExpiresOn: null }, "2026-01-01")).toBe(false);
    expect(isAccreditedOn({ ...dawn, accreditedOn: null }, "2026-01-01")).toBe(false);
  });
});

describe("the pool's status tag", () => {
  it("names each stage", () => {
    expect(accreditationStatus(null, "2026-11-23").label).toBe("Training not finished");
    expect(accreditationStatus({ trainingCompletedOn: "2025-09-19", accreditedOn: null, accreditationExpiresOn: null }, "2026-11-23").label).toBe("Not accredited yet");
    expect(accreditationStatus(dawn, "2025-09-30").label).toBe("Not accredited yet");
    expect(accreditationStatus(dawn, "2027-09-30")).toEqual({ label: "Accredited until 1 October 2027", tone: "green" });
    expect(accreditationStatus(dawn, "2027-10-01")).toEqual({ label: "Accreditation expired", tone: "red" });
  });
});

describe("ineligibilityReasons", () => {
  const candidate = { userId: "u1", name: "Dawn Hughes", profile: dawn, conflicts: [] };
  it("is empty for an accredited assessor with no conflict", () => {
    expect(ineligibilityReasons(candidate, "2027-09-30")).toEqual([]);
  });
  it("gives every reason, in words the admin can act on", () => {
    expect(ineligibilityReasons({ ...candidate, profile: null }, "2027-01-01")).toEqual(["Dawn Hughes is not accredited yet"]);
    expect(ineligibilityReasons(candidate, "2025-09-30")).toEqual(["Dawn Hughes is not accredited until 1 October 2025, after the visit date"]);
    expect(ineligibilityReasons({ ...candidate, conflicts: [{ kind: "USED_SERVICE" as const }] }, "2027-10-01")).toEqual([
      "Dawn Hughes's accreditation ends on 1 October 2027, so it will have expired by the visit date",
      "Dawn Hughes declared that they have used this organisation's services",
    ]);
  });
});

describe("the forms' schemas", () => {
  it("refuses the same person twice and a visit date in the past", () => {
    const result = assignSchema({ notBefore: "2026-11-23" }).safeParse({ leadUserId: "a", coAssessorUserId: "a", visitDay: "22", visitMonth: "11", visitYear: "2026" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["coAssessorUserId", "visitDate"]);
    expect(assignSchema({ notBefore: "2026-11-23" }).parse({ leadUserId: "a", coAssessorUserId: "b", visitDay: "23", visitMonth: "11", visitYear: "2026" }).visitDate).toBe("2026-11-23");
  });

  it("keeps profile dates optional, but an expiry must follow the accredited date", () => {
    const empty = { trainingDay: "", trainingMonth: "", trainingYear: "", accreditedDay: "", accreditedMonth: "", accreditedYear: "", expiresDay: "", expiresMonth: "", expiresYear: "", areas: "", serviceKinds: "", availability: "" };
    expect(profileSchema.parse(empty)).toMatchObject({ trainingCompletedOn: null, accreditedOn: null, areas: [] });
    const bad = profileSchema.safeParse({ ...empty, trainingDay: "1", trainingMonth: "9", trainingYear: "2025", accreditedDay: "1", accreditedMonth: "10", accreditedYear: "2025", expiresDay: "1", expiresMonth: "10", expiresYear: "2025" });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(["Expiry date must be after the accredited date"]);
  });
});
