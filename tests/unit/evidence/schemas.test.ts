import { describe, expect, it } from "vitest";
import { evidenceFormSchema, fieldErrorsOf } from "@/lib/evidence/schemas";

const account = {
  kind: "ACCOUNT",
  title: "What Sam told the peer panel",
  description: "",
  dateDay: "12",
  dateMonth: "3",
  dateYear: "2026",
  type: "STORY",
  source: "PEOPLE_WHO_USE_SERVICE",
  aboutNamedPerson: "no",
  consentGiven: false,
  consentNote: "",
  url: "",
  body: "Sam said the group helped them feel like a person again.",
  criterionIds: [],
};

function errorsOf(input: Record<string, unknown>) {
  const result = evidenceFormSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("evidenceFormSchema", () => {
  it("turns a valid written account into what is stored", () => {
    expect(evidenceFormSchema.parse({ ...account, url: "https://ignored.example.org" })).toEqual({
      kind: "ACCOUNT",
      title: "What Sam told the peer panel",
      description: null,
      evidenceDate: "2026-03-12",
      type: "STORY",
      source: "PEOPLE_WHO_USE_SERVICE",
      consentGiven: false,
      consentNote: null,
      url: null,
      body: "Sam said the group helped them feel like a person again.",
      criterionIds: [],
    });
  });

  it("reports every problem at once, in words", () => {
    const errors = errorsOf({ kind: "ACCOUNT" });
    expect(errors).toMatchObject({
      body: ["Write the account"],
      title: ["Enter a title"],
      evidenceDate: ["Enter the date of the evidence"],
      type: ["Select the type of evidence"],
      source: ["Select who the evidence comes from"],
    });
    expect(errorsOf({})).toHaveProperty("kind", ["Select what kind of evidence you are adding"]);
  });

  it("asks whether a story is about a named person, and then for their consent", () => {
    expect(errorsOf({ ...account, aboutNamedPerson: "" })).toEqual({ aboutNamedPerson: ["Select yes if this is about a named person"] });
    expect(errorsOf({ ...account, aboutNamedPerson: "yes" })).toEqual({
      consentGiven: ["Confirm that the person agreed to this being kept as evidence, or choose no and leave out their name"],
    });
    const posted = evidenceFormSchema.parse({ ...account, aboutNamedPerson: "yes", consentGiven: "yes", consentNote: "Signed form, kept in Sam's file" });
    expect(posted).toMatchObject({ consentGiven: true, consentNote: "Signed form, kept in Sam's file" });
  });

  it("does not ask about consent for a policy, and never stores consent for one", () => {
    const policy = evidenceFormSchema.parse({ ...account, type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", aboutNamedPerson: "yes", consentGiven: true, consentNote: "x" });
    expect(policy).toMatchObject({ consentGiven: false, consentNote: null });
  });

  it("only takes http and https web addresses for a link", () => {
    const link = { ...account, kind: "LINK", type: "OTHER", body: "" };
    expect(errorsOf(link)).toEqual({ url: ["Enter the web address"] });
    for (const url of ["javascript:alert(1)", "ftp://files.example.org/a", "data:text/html,hi", "not a url"]) {
      expect(errorsOf({ ...link, url })).toHaveProperty("url");
    }
    expect(evidenceFormSchema.parse({ ...link, url: "https://www.example.org/annual-report" })).toMatchObject({ url: "https://www.example.org/annual-report", body: null });
  });

  it("accepts criteria as a list or a single crafted value, without repeats", () => {
    expect(evidenceFormSchema.parse({ ...account, criterionIds: ["a", "b", "a"] }).criterionIds).toEqual(["a", "b"]);
    expect(evidenceFormSchema.parse({ ...account, criterionIds: "a" }).criterionIds).toEqual(["a"]);
    expect(evidenceFormSchema.parse({ ...account, criterionIds: false }).criterionIds).toEqual([]);
  });

  it("limits lengths", () => {
    expect(errorsOf({ ...account, title: "x".repeat(201) })).toEqual({ title: ["The title must be 200 characters or fewer"] });
  });
});
