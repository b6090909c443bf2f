import { describe, expect, it } from "vitest";
import { COMMENT_MAX_LENGTH, cleanComment, parseFeedbackForm } from "@/lib/feedback/submit-schema";

const complete = (extra: Record<string, string> = {}) =>
  new URLSearchParams({ "answer-1": "5", "answer-2": "4", "answer-3": "3", "answer-4": "2", "answer-5": "1", "answer-6": "dont-know", ...extra });

describe("reading the feedback form", () => {
  it("turns a complete form into six answers, with null for I don't know", () => {
    const parsed = parseFeedbackForm(complete({ "comment-1": "  Kind staff.  ", carer: "yes" }));
    expect(parsed).toEqual({
      kind: "VALID",
      submission: {
        isCarer: true,
        answers: [
          { statementNumber: 1, rating: 5, comment: "Kind staff." },
          { statementNumber: 2, rating: 4, comment: "" },
          { statementNumber: 3, rating: 3, comment: "" },
          { statementNumber: 4, rating: 2, comment: "" },
          { statementNumber: 5, rating: 1, comment: "" },
          { statementNumber: 6, rating: null, comment: "" },
        ],
      },
    });
  });

  it("treats the carer box as unticked unless it says yes", () => {
    const parsed = parseFeedbackForm(complete({ carer: "on" }));
    expect(parsed.kind === "VALID" && parsed.submission.isCarer).toBe(false);
  });

  it("asks for every question's answer, pointing to I don't know, and keeps what was typed", () => {
    const form = complete({ "comment-2": "  Lovely <b>staff</b>\r\n", carer: "yes" });
    form.delete("answer-1");
    form.delete("answer-4");
    const parsed = parseFeedbackForm(form);
    expect(parsed.kind).toBe("INVALID");
    if (parsed.kind !== "INVALID") return;
    expect(parsed.errors).toEqual([
      { statementNumber: 1, field: "answer", message: 'Choose an answer for question 1. If you are not sure, choose "I don\'t know"' },
      { statementNumber: 4, field: "answer", message: 'Choose an answer for question 4. If you are not sure, choose "I don\'t know"' },
    ]);
    expect(parsed.values.comments[2]).toBe("  Lovely <b>staff</b>\r\n");
    expect(parsed.values.answers).toEqual({ 1: "", 2: "4", 3: "3", 4: "", 5: "1", 6: "dont-know" });
    expect(parsed.values.isCarer).toBe(true);
  });

  it("refuses answers that are not on the scale", () => {
    for (const bad of ["0", "6", "2.5", "", "DONT-KNOW", "1 "]) {
      const parsed = parseFeedbackForm(complete({ "answer-3": bad }));
      expect(parsed.kind === "INVALID" && parsed.errors.map((e) => `${e.statementNumber}:${e.field}`)).toEqual(["3:answer"]);
    }
  });

  it("allows comments of up to 1,000 characters, counting a Windows line end once", () => {
    const longest = "a".repeat(COMMENT_MAX_LENGTH - 2) + "\r\n" + "b";
    expect(parseFeedbackForm(complete({ "comment-5": longest })).kind).toBe("VALID");
    const parsed = parseFeedbackForm(complete({ "comment-5": "a".repeat(1234) }));
    expect(parsed.kind === "INVALID" && parsed.errors).toEqual([
      { statementNumber: 5, field: "comment", message: "What you wrote for question 5 must be 1,000 characters or fewer. It has 1,234 now" },
    ]);
  });

  it("gives both errors when a question has no answer and too long a comment", () => {
    const form = complete({ "comment-2": "x".repeat(1001) });
    form.delete("answer-2");
    const parsed = parseFeedbackForm(form);
    expect(parsed.kind === "INVALID" && parsed.errors.map((e) => e.field)).toEqual(["answer", "comment"]);
  });

  it("spots a filled honeypot before anything else", () => {
    expect(parseFeedbackForm(new URLSearchParams({ website: "http://spam.example" }))).toEqual({ kind: "HONEYPOT" });
    expect(parseFeedbackForm(complete({ website: "   " })).kind).toBe("VALID");
  });

  it("never throws on a form with nothing in it", () => {
    const parsed = parseFeedbackForm(new URLSearchParams());
    expect(parsed.kind === "INVALID" && parsed.errors).toHaveLength(6);
  });
});

describe("cleaning a comment", () => {
  it("removes control characters that the database would refuse, and trims", () => {
    expect(cleanComment("\u0000 Hi\u0007 there\t\r\nfriend \u001f")).toBe("Hi there\t\nfriend");
  });
});
