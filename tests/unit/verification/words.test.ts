import { describe, expect, it } from "vitest";
import { awardStanding } from "@/lib/awards/standing";
import { levelMeaning, shortStatement, standingWords } from "@/lib/verification/words";

const today = "2026-11-23";
const words = (status: "ACTIVE" | "SUSPENDED" | "REVOKED" | "SUPERSEDED", expiresOn: string, reviewPending = false) =>
  standingWords(awardStanding({ status, expiresOn, reviewPending }, today), expiresOn);

describe("an award's standing in words", () => {
  it("gives every standing its own words and colour, so colour is never the only signal", () => {
    expect(words("ACTIVE", "2028-06-01")).toEqual({ short: "Current", tone: "green", sentence: "This award is current until 1 June 2028." });
    expect(words("ACTIVE", "2026-11-22")).toMatchObject({ short: "Expired", tone: "grey", sentence: "This award expired on 22 November 2026. It is no longer valid." });
    expect(words("SUSPENDED", "2028-06-01")).toMatchObject({ short: "Suspended", tone: "yellow" });
    expect(words("REVOKED", "2028-06-01")).toMatchObject({ short: "Revoked", tone: "red" });
    expect(words("SUPERSEDED", "2028-06-01")).toMatchObject({ short: "Replaced", tone: "grey" });
  });

  it("says when a review is under way", () => {
    expect(words("ACTIVE", "2028-06-01", true).short).toBe("Current, under review");
    expect(words("ACTIVE", "2028-06-01", true).sentence).toMatch(/asked for a review/);
    expect(words("SUSPENDED", "2028-06-01", true).short).toBe("Suspended, under review");
  });

  it("says what each level means in one line", () => {
    expect(levelMeaning(1)).toMatch(/foundations/);
    expect(levelMeaning(2)).toMatch(/design things together/);
    expect(levelMeaning(3)).toMatch(/share power/);
    expect(levelMeaning(0)).toMatch(/^Not yet level 1/);
  });

  it("shortens an I Statement to its first sentence for the certificate", () => {
    expect(shortStatement("I am more than a mental health diagnosis. Treat me like an individual human being.")).toBe("I am more than a mental health diagnosis.");
    expect(shortStatement("I may be facing more than just a mental health challenge (e.g. substances including alcohol or a physical condition). Respond to these creatively.")).toBe(
      "I may be facing more than just a mental health challenge.",
    );
    expect(shortStatement("No full stop")).toBe("No full stop");
  });
});
