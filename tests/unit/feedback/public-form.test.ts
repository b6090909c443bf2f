import { describe, expect, it } from "vitest";
import { feedbackFormPage } from "@/lib/feedback/public-form-html";
import { notFoundPage, thanksPage } from "@/lib/feedback/public-messages";
import { parseFeedbackForm } from "@/lib/feedback/submit-schema";

const round = { linkCode: "hrbr7k2m", organisationName: "Harbour <Recovery>", services: "The drop-in & the wellbeing café" };

describe("the public feedback form's HTML", () => {
  const page = feedbackFormPage(round);

  it("is a whole English page with a title, a skip link, one main landmark and no script", () => {
    expect(page.startsWith("<!DOCTYPE html><html lang=\"en-GB\">")).toBe(true);
    expect(page).toContain("<title>Tell us what you think of Harbour &lt;Recovery&gt; – Coproduction Quality Mark</title>");
    expect(page).toContain('<a class="skip" href="#main-content">');
    expect(page.match(/<main /g)).toHaveLength(1);
    expect(page).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
  });

  it("escapes what the organisation wrote", () => {
    expect(page).toContain("This is about: The drop-in &amp; the wellbeing café");
    expect(page).not.toContain("<Recovery>");
  });

  it("has one fieldset per statement with six radios, a comment box, and posts to its own address", () => {
    expect(page.match(/<fieldset/g)).toHaveLength(6);
    expect(page.match(/type="radio"/g)).toHaveLength(36);
    expect(page.match(/<textarea/g)).toHaveLength(6);
    expect(page).toContain('<form method="post" action="/feedback/hrbr7k2m" novalidate>');
    expect(page).toContain("<span>I don&#39;t know</span>");
    expect(page).toContain("Question 1 of 6</span> Staff treat me as a person, not just a diagnosis</legend>");
  });

  it("hides the honeypot from people, screen readers and the keyboard", () => {
    expect(page).toMatch(/<div class="hp" aria-hidden="true"><label for="website">[^<]+<\/label><input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off"><\/div>/);
  });

  it("has faces that screen readers skip", () => {
    expect(page.match(/<svg aria-hidden="true" focusable="false"/g)).toHaveLength(36);
  });

  it("sent back with errors, starts with an error summary linking to each question and keeps every answer as typed", () => {
    const form = new URLSearchParams({ "answer-2": "4", "answer-3": "dont-know", "answer-4": "1", "answer-5": "5", "answer-6": "2", "comment-2": "\nSee </textarea><b>", "comment-6": "x".repeat(1001), carer: "yes" });
    const parsed = parseFeedbackForm(form);
    if (parsed.kind !== "INVALID") throw new Error("expected errors");
    const withErrors = feedbackFormPage(round, parsed.values, parsed.errors);
    expect(withErrors).toContain("<title>Error: Tell us what you think");
    expect(withErrors.indexOf('class="error-summary" role="alert"')).toBeLessThan(withErrors.indexOf("<h1>"));
    expect(withErrors.indexOf('<main id="main-content" tabindex="-1">')).toBeLessThan(withErrors.indexOf('class="error-summary"'));
    expect(withErrors).toContain('<a href="#answer-1-1">Choose an answer for question 1.');
    expect(withErrors).toContain('<a href="#comment-6">What you wrote for question 6 must be 1,000 characters or fewer.');
    expect(withErrors).toContain('<fieldset aria-describedby="answer-1-error">');
    expect(withErrors).toContain('id="answer-2-4" name="answer-2" value="4" checked>');
    expect(withErrors).toContain('id="answer-3-6" name="answer-3" value="dont-know" checked>');
    expect(withErrors.match(/ checked>/g)).toHaveLength(6);
    // The newline after <textarea> is eaten by the HTML parser, so the typed leading newline survives.
    expect(withErrors).toContain('rows="4" aria-describedby="comment-2-hint">\n\nSee &lt;/textarea&gt;&lt;b&gt;</textarea>');
    expect(withErrors).toContain('aria-describedby="comment-6-hint comment-6-error" class="textarea-error">');
  });
});

describe("the pages around the form", () => {
  it("answers an unknown code with a plain 404 page, no script, and headers that forbid any", async () => {
    const response = notFoundPage();
    expect(response.status).toBe(404);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.text();
    expect(body).toContain("<h1>Page not found</h1>");
    expect(body).not.toContain("<script");
  });

  it("thanks the person in easy read", async () => {
    const body = await thanksPage({ organisationName: "Elm House" }).text();
    expect(body).toContain("<h1>Thank you</h1>");
    expect(body).toContain("Your answers have been sent.");
  });
});
