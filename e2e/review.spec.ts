import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, pageFor } from "./support/helpers";

// Runs after moderation.spec.ts, which issues Aire Valley Carers Centre a level 1 award with a
// condition: a fresh award is inside its review window (15 working days). The scheme admin who
// issued it may not decide the review; reviewer@demo.test, who took no part, may.
const AIRE = "/organisations/aire-valley-carers/award";


test("the organisation asks for a review and a scheme admin who took no part decides it", async ({ browser }) => {
  test.setTimeout(90_000);
  const org = await pageFor(browser, "admin@aire-valley-carers.demo.test");
  await org.goto(AIRE);
  await org.getByRole("link", { name: "Ask for a review" }).click();
  await expect(org.getByRole("heading", { level: 1, name: "Ask for a review of your award" })).toBeVisible();
  await expectAccessible(org);
  await org.getByRole("button", { name: "Ask for a review" }).click();
  await expect(errorSummary(org)).toBeFocused();
  await expect(errorSummary(org)).toContainText("Enter how the assessment process was not followed");
  await expectAccessible(org);
  await org.getByLabel("How was the assessment process not followed?").fill("Only one assessor spoke to the carers' group, and the notes of that conversation were not in the report.");
  await org.getByRole("button", { name: "Ask for a review" }).click();
  await expect(org).toHaveURL(`${AIRE}?done=review`);
  await expect(org.getByRole("status")).toContainText("You have asked for a review");
  await expect(org.getByRole("definition").filter({ hasText: /^Current \(under review\)$/ })).toBeVisible();
  await expect(org.getByText("Waiting for a scheme administrator who took no part in the award decision")).toBeVisible();
  await expectAccessible(org);

  // The admin who issued the award is told why they cannot decide.
  const issuer = await pageFor(browser, "scheme.admin@demo.test");
  await issuer.goto("/admin/awards");
  await expect(issuer.getByText("Waiting for a decision", { exact: true })).toBeVisible();
  await issuer.getByRole("link", { name: /^Aire Valley Carers Centre/ }).click();
  await expect(issuer.getByText(/You issued this award, so you cannot decide the review of it\./)).toBeVisible();
  await expect(issuer.getByRole("link", { name: "Decide the review" })).toHaveCount(0);
  const awardUrl = issuer.url();

  const reviewer = await pageFor(browser, "reviewer@demo.test");
  await reviewer.goto(awardUrl);
  await reviewer.getByRole("link", { name: "Decide the review" }).click();
  await expect(reviewer.getByRole("heading", { level: 1, name: "Decide the review" })).toBeVisible();
  await expectAccessible(reviewer);
  await reviewer.getByRole("button", { name: "Record the decision" }).click();
  await expect(errorSummary(reviewer)).toBeFocused();
  await expect(errorSummary(reviewer)).toContainText("Choose the level after the review");
  await expect(errorSummary(reviewer)).toContainText("Enter the reason for your decision");
  await expectAccessible(reviewer);
  await reviewer.getByLabel("Level 1: no change").check();
  await reviewer.getByLabel("Reason for your decision").fill("Both assessors' notes of the carers' conversation were in the visit record; the level stands.");
  await reviewer.getByRole("button", { name: "Record the decision" }).click();
  await expect(reviewer).toHaveURL(`${awardUrl}?done=review`);
  await expect(reviewer.getByRole("status")).toContainText("Review decided.");
  await expect(reviewer.getByRole("cell", { name: "Review decided" })).toBeVisible();
  await expectAccessible(reviewer);

  await org.reload();
  await expect(org.getByRole("definition").filter({ hasText: /^Current$/ })).toBeVisible();
  await expect(org.getByText("Both assessors' notes of the carers' conversation were in the visit record; the level stands.")).toBeVisible();

  await issuer.goto("/admin/outbox");
  await expect(issuer.getByRole("article").filter({ hasText: "To admin@aire-valley-carers.demo.test" }).filter({ hasText: "The review of the award for Aire Valley Carers Centre has been decided" })).toBeVisible();
});

test("the scheme admin records that the award's condition was met", async ({ browser }) => {
  const admin = await pageFor(browser, "scheme.admin@demo.test");
  await admin.goto("/admin/awards");
  await admin.getByRole("link", { name: /^Aire Valley Carers Centre/ }).click();
  await admin.getByRole("link", { name: /^Decide/ }).first().click();
  await expect(admin.getByRole("heading", { level: 1, name: "Was the condition met?" })).toBeVisible();
  await admin.getByRole("button", { name: "Record the decision" }).click();
  await expect(errorSummary(admin)).toContainText("Choose whether the condition was met");
  await expectAccessible(admin);
  await admin.getByLabel("Yes, it was met").check();
  await admin.getByRole("button", { name: "Record the decision" }).click();
  await expect(admin).toHaveURL(/\/admin\/awards\/[^/]+\?done=condition$/);
  await expect(admin.getByRole("cell", { name: "Condition met" })).toBeVisible();
  await expectAccessible(admin);
});
