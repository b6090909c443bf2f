import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, pageFor } from "./support/helpers";

// The seeded awards: Riverside Peer Support's level 2 award (its review window is over) and Elm
// House's level 1 award, which expires in six weeks. Later specs (the verify page) need
// Riverside's award current, so it is reinstated after being suspended.
const RIVERSIDE = "/organisations/riverside-peer-support/award";


test("the organisation sees its award, what it rests on, and that the time for a review is over", async ({ browser }) => {
  const page = await pageFor(browser, "admin@riverside-peer-support.demo.test");
  await page.goto("/organisations/riverside-peer-support");
  await page.getByRole("link", { name: "See the award" }).click();
  await expect(page).toHaveURL(RIVERSIDE);
  await expect(page.getByRole("heading", { level: 1, name: "Award" })).toBeVisible();
  await expect(page.getByText("CQM-RVR2-6PSA")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Level 2$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What the award rests on" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Statement 1: Level 2" })).toBeVisible();
  await expect(page.getByText("What is needed for level 3").first()).toBeVisible();
  await expect(page.getByText(/The time to ask for a review ended on .*, 15 working days after the award was issued\./)).toBeVisible();
  await expect(page.getByText(/You can start your renewal from .*, 90 days before the award expires\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "See and print the certificate" })).toHaveAttribute("href", `${RIVERSIDE}/certificate`);
  await expectAccessible(page);

  await page.goto(`${RIVERSIDE}/review`);
  await expect(page.getByRole("heading", { level: 1, name: "Ask for a review of your award" })).toBeVisible();
  await expect(page.getByText(/The time to ask for a review ended on/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Ask for a review" })).toHaveCount(0);
  await expectAccessible(page);

  // Members read the award but cannot act for the organisation.
  const member = await pageFor(browser, "member@riverside-peer-support.demo.test");
  await member.goto(RIVERSIDE);
  await expect(member.getByText("CQM-RVR2-6PSA")).toBeVisible();
  expect((await member.goto(`${RIVERSIDE}/review`))?.status()).toBe(404);
});

test("a scheme admin suspends the award after checking the reason, then reinstates it", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await pageFor(browser, "scheme.admin@demo.test");
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "Awards", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Awards" })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("link", { name: /^Riverside Peer Support/ }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Award" })).toBeVisible();
  await expect(admin.getByRole("cell", { name: "Award issued" })).toBeVisible();
  await expectAccessible(admin);
  const awardUrl = admin.url();

  await admin.getByRole("link", { name: "Suspend the award" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Suspend the level 2 award for Riverside Peer Support" })).toBeVisible();
  await admin.getByRole("button", { name: "Continue" }).click();
  await expect(errorSummary(admin)).toBeFocused();
  await expect(errorSummary(admin)).toContainText("Enter the reason");
  await expectAccessible(admin);

  const reason = admin.getByLabel("Why are you going to suspend the award?");
  await reason.fill("A complaint about a peer group is being looked into.");
  await admin.getByRole("button", { name: "Continue" }).click();
  const check = admin.getByRole("heading", { level: 1, name: "Check before you suspend the award" });
  await expect(check).toBeFocused();
  await expect(admin.getByText("A complaint about a peer group is being looked into.")).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Change the reason" }).click();
  await expect(reason).toHaveValue("A complaint about a peer group is being looked into.");
  await reason.fill("A safeguarding complaint about a peer group is being looked into.");
  await admin.getByRole("button", { name: "Continue" }).click();
  await expect(check).toBeFocused();
  await admin.getByRole("button", { name: "Suspend the award" }).click();

  await expect(admin).toHaveURL(`${awardUrl}?done=suspend`);
  await expect(admin.getByRole("status")).toContainText("Award suspended.");
  await expect(admin.getByRole("definition").filter({ hasText: /^Suspended$/ })).toBeVisible();
  await expect(admin.getByRole("cell", { name: "Suspended", exact: true })).toBeVisible();
  await expectAccessible(admin);

  const org = await pageFor(browser, "member@riverside-peer-support.demo.test");
  await org.goto(RIVERSIDE);
  await expect(org.getByRole("definition").filter({ hasText: /^Suspended$/ })).toBeVisible();
  await expect(org.getByText("A safeguarding complaint about a peer group is being looked into.")).toBeVisible();

  await admin.getByRole("link", { name: "Reinstate the award" }).click();
  await admin.getByLabel("Why are you going to reinstate the award?").fill("The complaint was looked into and resolved with the group.");
  await admin.getByRole("button", { name: "Continue" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Check before you reinstate the award" })).toBeFocused();
  await admin.getByRole("button", { name: "Reinstate the award" }).click();
  await expect(admin).toHaveURL(`${awardUrl}?done=reinstate`);
  await expect(admin.getByRole("definition").filter({ hasText: /^Current$/ })).toBeVisible();
  await org.reload();
  await expect(org.getByRole("definition").filter({ hasText: /^Current$/ })).toBeVisible();

  await admin.goto("/admin/outbox");
  await expect(admin.getByRole("article").filter({ hasText: "To admin@riverside-peer-support.demo.test" }).filter({ hasText: "The award for Riverside Peer Support has been suspended" })).toBeVisible();
  await expect(admin.getByRole("article").filter({ hasText: "The award for Riverside Peer Support has been reinstated" }).first()).toBeVisible();
});

test("Elm House starts its renewal from its award page", async ({ browser }) => {
  const page = await pageFor(browser, "admin@elm-house.demo.test");
  await page.goto("/organisations/elm-house/award");
  await expect(page.getByRole("definition").filter({ hasText: /^Level 1$/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start your renewal" }).click();
  await expect(page.getByRole("status")).toContainText("Your renewal has started");
  await expect(page.getByRole("status")).toContainText("Everything was carried over.");
  await expect(page.getByText("Your renewal has started. Carry on with your self-assessment")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start your renewal" })).toHaveCount(0);
  await expectAccessible(page);
});
