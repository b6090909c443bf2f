import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, pageFor } from "./support/helpers";

// The seeded Aire Valley Carers Centre visit (report submitted, verified level 1) goes through
// moderation: the scheme admin sends it for checking, the centre's admin raises a point and sends
// the response, the scheme admin answers it and issues the award with a condition. If an earlier
// spec on this database already sent the report or the centre already replied, those steps are
// skipped.
const nextYear = new Date().getFullYear() + 1;


test("a report is checked by the organisation and the scheme admin issues the award", async ({ browser }) => {
  // Two people sign in and axe-core runs on every page: longer than the default 30 seconds.
  test.setTimeout(180_000);
  const admin = await pageFor(browser, "scheme.admin@demo.test");
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "Visits and awards" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Visits and awards" })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "Aire Valley Carers Centre" }).first().click();
  await expect(admin.getByRole("heading", { level: 1, name: "Aire Valley Carers Centre" })).toBeVisible();
  await expect(admin.getByRole("heading", { name: "The verified level: Level 1" })).toBeVisible();
  await expect(admin.getByText("Lead assessor")).toBeVisible();
  await expectAccessible(admin);
  const visitUrl = admin.url().replace(/\?.*$/, "");

  const send = admin.getByRole("button", { name: "Send the report for a factual-accuracy check" });
  if (await send.isVisible()) {
    await send.click();
    await expect(admin.getByRole("status").filter({ hasText: "The report has been sent to the organisation" })).toBeVisible();
    await expect(admin.getByText(/Aire Valley Carers Centre has until .* to reply/)).toBeVisible();
    await expectAccessible(admin);
  }

  const org = await pageFor(browser, "admin@aire-valley-carers.demo.test");
  await org.goto("/organisations/aire-valley-carers");
  await org.getByRole("link", { name: "Your assessment" }).click();
  await expect(org.getByRole("heading", { level: 1, name: "Your assessment" })).toBeVisible();
  const addPoint = org.getByRole("button", { name: "Add this point" });
  if (await addPoint.isVisible()) {
    await expect(org.getByRole("heading", { name: "Check the report for factual errors" })).toBeVisible();
    await expectAccessible(org);
    // An empty point is refused beside each field and in the error summary.
    await addPoint.click();
    await expect(errorSummary(org)).toContainText("Enter what is wrong in the report");
    await expect(errorSummary(org)).toContainText("Enter what evidence existed at the visit that shows this");
    await expectAccessible(org);
    await org.getByLabel("Which statement is it about? (optional)").selectOption("3");
    await org.getByLabel("What is wrong in the report?").fill("The report says we offer nothing in community languages. Our Urdu-speaking carers' group has met monthly since March.");
    await org.getByLabel("What evidence existed at the visit that shows this?").fill("The group's attendance sheets and the leaflet in Urdu, both in the folder the assessors were given.");
    await addPoint.click();
    await expect(org.getByRole("status").filter({ hasText: "Your point has been added" })).toBeVisible();
    await expect(org.getByRole("heading", { name: "Point 1: statement 3" })).toBeVisible();
    await org.getByRole("button", { name: "Send our response" }).click();
    await expect(org.getByRole("status").filter({ hasText: "Your response has been sent to the scheme team" })).toBeVisible();
    await expectAccessible(org);
  }

  await admin.goto(visitUrl);
  const respond = admin.getByLabel("Your response to point 1");
  if (await respond.isVisible()) {
    await respond.fill("Thank you. The attendance sheets were in the folder; we have noted the group in our decision.");
    await admin.getByRole("button", { name: "Save response to point 1" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Your response to the point has been saved" })).toBeVisible();
  }
  await admin.getByRole("link", { name: "Decide on the award" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Decide on the award" })).toBeVisible();
  await expectAccessible(admin);

  // Nothing chosen, then a condition due in the past: both refused with the reason.
  await admin.getByRole("button", { name: "Issue the award" }).click();
  await expect(errorSummary(admin)).toContainText("Select the level to award, or no award");
  await expectAccessible(admin);
  await admin.getByRole("group", { name: /What will you award\?/ }).getByLabel("Level 1").check();
  await admin.getByRole("button", { name: "Add a condition" }).click();
  await expect(admin.getByLabel("What must they do? (condition 1)")).toBeFocused();
  await admin.getByLabel("What must they do? (condition 1)").fill("Invite carers from the Urdu-speaking group onto the steering group");
  const when = admin.getByRole("group", { name: "By when? (condition 1)" });
  await when.getByLabel("Day").fill("1");
  await when.getByLabel("Month").fill("1");
  await when.getByLabel("Year").fill("2020");
  await admin.getByRole("button", { name: "Issue the award" }).click();
  await expect(errorSummary(admin)).toContainText("Condition 1 due date must be in the future");
  await expectAccessible(admin);
  await when.getByLabel("Day").fill("30");
  await when.getByLabel("Month").fill("6");
  await when.getByLabel("Year").fill(String(nextYear));
  await admin.getByRole("button", { name: "Issue the award" }).click();

  await expect(admin.getByRole("status").filter({ hasText: "The award has been issued and the visit closed" })).toBeVisible();
  await expect(admin.getByText(`Invite carers from the Urdu-speaking group onto the steering group (by 30 June ${nextYear})`)).toBeVisible();
  await expect(admin.getByRole("cell", { name: "Award issued" })).toBeVisible();
  await expectAccessible(admin);

  await org.goto("/organisations/aire-valley-carers/assessment");
  await expect(org.getByRole("heading", { name: "The outcome" })).toBeVisible();
  await expect(org.getByText("Awarded: Level 1")).toBeVisible();
  await expect(org.getByRole("link", { name: "See your award and its certificate" })).toHaveAttribute("href", "/organisations/aire-valley-carers/award");
  await expectAccessible(org);
});
