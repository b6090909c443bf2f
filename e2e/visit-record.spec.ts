import { expect, test } from "@playwright/test";
import { ensureNorthsideVisitAssigned, errorSummary, expectAccessible, pageFor } from "./support/helpers";

// Dawn (lead) and Marcus record statement 1 of a visit to Northside Mind, set up through the same
// screens as assessors.spec.ts; the demo pool is seeded, and another spec may have assigned the
// visit already on this database, so each step is skipped if it is done.


test("both assessors record a statement and the lead sees where they differ", async ({ browser }) => {
  // Four people sign in and axe-core runs five times: longer than the default 30 seconds.
  test.setTimeout(90_000);
  await ensureNorthsideVisitAssigned(browser);

  const dawn = await pageFor(browser, "assessor.one@demo.test");
  await dawn.goto("/assessor");
  await dawn.getByRole("row", { name: /Northside Mind/ }).getByRole("link", { name: "Northside Mind" }).click();
  await expect(dawn.getByRole("heading", { level: 1, name: "Northside Mind" })).toBeVisible();
  await expect(dawn.getByText("Lead assessor")).toBeVisible();
  await expectAccessible(dawn);
  await dawn.getByRole("link", { name: "Statement 1", exact: true }).click();
  await expect(dawn.getByRole("heading", { level: 1, name: /^Statement 1:/ })).toBeVisible();
  await expectAccessible(dawn);

  // Not met with no observation is refused beside the field, then met with an observation saves.
  const rating = dawn.getByRole("group", { name: "Is 1.1.a met?" });
  await rating.getByLabel("Not met").check();
  await dawn.getByRole("button", { name: "Save rating for 1.1.a" }).click();
  await expect(errorSummary(dawn).or(dawn.getByRole("alert", { name: "There is a problem with 1.1.a" }))).toContainText("Say what you saw or heard that shows this is not met");
  await expectAccessible(dawn);
  await rating.getByLabel("Met", { exact: true }).check();
  await dawn.getByLabel("What did you see or hear about 1.1.a?").fill("Every member I met had their own plan in their own words.");
  await dawn.getByRole("button", { name: "Save rating for 1.1.a" }).click();
  await expect(dawn.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  await dawn.getByLabel("People who use the service").fill("5");
  await dawn.getByLabel("How did you speak to them?").fill("A group chat at the drop-in");
  await dawn.getByRole("button", { name: "Save who you spoke to" }).click();
  await expect(dawn.getByRole("status").filter({ hasText: "Saved" })).toHaveCount(2);

  const marcus = await pageFor(browser, "assessor.two@demo.test");
  await marcus.goto("/assessor");
  await marcus.getByRole("link", { name: "Northside Mind" }).click();
  // The list has other visits' "Co-assessor" too: wait for the visit's own page first.
  await expect(marcus.getByRole("heading", { level: 1, name: "Northside Mind" })).toBeVisible();
  await expect(marcus.getByText("Co-assessor")).toBeVisible();
  await marcus.getByRole("link", { name: "Statement 1", exact: true }).click();
  await marcus.getByRole("group", { name: "Is 1.1.a met?" }).getByLabel("Not met").check();
  await marcus.getByLabel("What did you see or hear about 1.1.a?").fill("Two people said nobody had asked about their plan.");
  await marcus.getByRole("button", { name: "Save rating for 1.1.a" }).click();
  await expect(marcus.getByText('Dawn Hughes rated this met: "Every member I met had their own plan in their own words."')).toBeVisible();
  await expectAccessible(marcus);

  await dawn.goto(dawn.url().replace(/\/statements\/1$/, "/submit"));
  await expect(dawn.getByRole("heading", { level: 1, name: "Check and send the report" })).toBeVisible();
  await expect(dawn.getByRole("region", { name: "Where you and Marcus Bell differ" })).toContainText("1.1.a: You rated it met and Marcus Bell rated it not met.");
  await expect(dawn.getByRole("button", { name: "Send the report" })).toHaveCount(0);
  await expectAccessible(dawn);
});
