import { expect, test, type Page } from "@playwright/test";
import { ensureNorthsideVisitAssigned, expectAccessible, pageFor } from "./support/helpers";

// The whole journey for Northside Mind, end to end: the organisation asks for an assessment, the
// scheme admin assigns two Experts by Experience, both record the visit, the lead sends the
// report, the organisation checks it, the scheme admin issues the award, and the public
// verification page shows it. Runs last (file name), after assessors.spec.ts and
// visit-record.spec.ts have asked, assigned and started the record, so each step that is already
// done is passed over.


/** Accepts every item of evidence shown on the page, waiting for each save. */
async function acceptEvidence(page: Page) {
  const forms = page.locator("form").filter({ has: page.getByRole("button", { name: /^Save decision on/ }) });
  for (let i = 0; i < (await forms.count()); i++) {
    const form = forms.nth(i);
    await form.getByLabel("Accept this evidence", { exact: true }).check();
    await form.getByRole("button", { name: /^Save decision on/ }).click();
    await expect(form.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  }
}

/** Rates every criterion on the page: met at levels 1 and 2, not met at level 3, each with what was seen. */
async function rateCriteria(page: Page, who: string) {
  const forms = page.locator("form").filter({ has: page.getByRole("button", { name: /^Save rating for/ }) });
  for (let i = 0; i < (await forms.count()); i++) {
    const form = forms.nth(i);
    const code = ((await form.getByRole("button", { name: /^Save rating for/ }).textContent()) ?? "").replace("Save rating for ", "").trim();
    const level = Number(code.split(".")[1]);
    await form.getByLabel(level < 3 ? "Met" : "Not met", { exact: true }).check();
    await form.getByLabel(`What did you see or hear about ${code}?`).fill(
      level < 3 ? `${who} heard members describe this in their own words (${code}).` : `${who} found no sign of this yet (${code}).`,
    );
    await form.getByRole("button", { name: `Save rating for ${code}` }).click();
    await expect(form.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  }
}

async function recordConversation(page: Page, people: string) {
  await page.getByLabel("People who use the service").fill(people);
  await page.getByLabel("How did you speak to them?").fill("A group conversation at the drop-in and two phone calls");
  await page.getByRole("button", { name: "Save who you spoke to" }).click();
  await expect(page.locator("form").filter({ has: page.getByRole("button", { name: "Save who you spoke to" }) }).getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
}

test("from asking for an assessment to a verified award on the public register", async ({ browser }) => {
  test.setTimeout(600_000);

  // 1 and 2. The organisation asks; the scheme admin assigns Dawn (lead) and Marcus.
  await ensureNorthsideVisitAssigned(browser);
  const org = await pageFor(browser, "admin@northside-mind.demo.test");
  const admin = await pageFor(browser, "scheme.admin@demo.test");

  // 3. Both Experts by Experience record every statement; the lead decides everything.
  const dawn = await pageFor(browser, "assessor.one@demo.test");
  await dawn.goto("/assessor");
  await dawn.getByRole("link", { name: "Northside Mind" }).first().click();
  await dawn.waitForURL(/\/assessor\/visits\/[^/]+$/);
  await expect(dawn.getByRole("heading", { level: 1, name: "Northside Mind" })).toBeVisible();
  await expect(dawn.getByText("Lead assessor").first()).toBeVisible();
  const visitUrl = dawn.url().replace(/\?.*$/, "");
  const marcus = await pageFor(browser, "assessor.two@demo.test");
  for (let statement = 1; statement <= 6; statement++) {
    await dawn.goto(`${visitUrl}/statements/${statement}`);
    await expect(dawn.getByRole("heading", { level: 1, name: new RegExp(`^Statement ${statement}:`) })).toBeVisible();
    await acceptEvidence(dawn);
    await rateCriteria(dawn, "Dawn");
    await recordConversation(dawn, "6");
    await marcus.goto(`${visitUrl}/statements/${statement}`);
    await recordConversation(marcus, "4");
  }
  // Marcus rated 1.1.a not met in an earlier spec; after talking it through he agrees it is met.
  await marcus.goto(`${visitUrl}/statements/1`);
  const marcusRating = marcus.locator("form").filter({ has: marcus.getByRole("button", { name: "Save rating for 1.1.a" }) });
  if ((await marcusRating.getByLabel("Not met").isChecked())) {
    await marcusRating.getByLabel("Met", { exact: true }).check();
    await marcusRating.getByLabel("What did you see or hear about 1.1.a?").fill("On reflection with Dawn: the two people I spoke to had plans; they had not recognised them as theirs.");
    await marcusRating.getByRole("button", { name: "Save rating for 1.1.a" }).click();
    await expect(marcusRating.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  }
  await expectAccessible(marcus);

  // 4. The lead sends the report; the engine works out the verified levels.
  await dawn.goto(`${visitUrl}/submit`);
  await expect(dawn.getByRole("heading", { level: 1, name: "Check and send the report" })).toBeVisible();
  await expectAccessible(dawn);
  await dawn.getByRole("button", { name: "Send the report" }).click();
  await expect(dawn.getByText(/Level 2/).first()).toBeVisible();
  await expectAccessible(dawn);

  // 5. The scheme admin sends it for the factual-accuracy check; the organisation finds no errors.
  await admin.goto("/admin/visits");
  await admin.getByRole("link", { name: "Northside Mind" }).first().click();
  await admin.waitForURL(/\/admin\/visits\/[^/]+$/);
  await expect(admin.getByRole("heading", { name: "The verified level: Level 2" })).toBeVisible();
  await admin.getByRole("button", { name: "Send the report for a factual-accuracy check" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The report has been sent to the organisation" })).toBeVisible();
  await expectAccessible(admin);
  const moderationUrl = admin.url().replace(/\?.*$/, "");

  await org.goto("/organisations/northside-mind/assessment");
  await expect(org.getByRole("heading", { level: 1, name: "Your assessment" })).toBeVisible();
  await expectAccessible(org);
  await org.getByRole("button", { name: "We have found no factual errors" }).click();
  await expect(org.getByRole("button", { name: "We have found no factual errors" })).toHaveCount(0);

  // 6. The scheme admin issues the award at the verified level.
  await admin.goto(moderationUrl);
  await admin.getByRole("link", { name: "Decide on the award" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Decide on the award" })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("group", { name: /What will you award\?/ }).getByLabel("Level 2").check();
  await admin.getByRole("button", { name: "Issue the award" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The award has been issued and the visit closed" })).toBeVisible();
  await expectAccessible(admin);

  // 7. The organisation sees its award and code; anyone can verify it.
  await org.goto("/organisations/northside-mind/award");
  await expect(org.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(org);
  const code = ((await org.getByText(/^CQM-[0-9A-Z]{4}-[0-9A-Z]{4}$/).first().textContent()) ?? "").trim();
  expect(code).toMatch(/^CQM-/);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/verify/${code}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("Northside Mind");
  await expect(visitor.getByText("Level 2").first()).toBeVisible();
  await expect(visitor.getByText("Current", { exact: true }).first()).toBeVisible();
  await expectAccessible(visitor);
  await visitor.goto("/register?q=Northside");
  await expect(visitor.getByRole("row", { name: /Northside Mind/ })).toContainText("Level 2");

  // The assessors' access to Northside's evidence ended when the visit closed.
  const closed = await dawn.goto(`${visitUrl}/statements/1`);
  expect(closed?.status()).toBe(404);
});
