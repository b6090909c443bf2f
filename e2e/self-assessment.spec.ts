import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, signIn } from "./support/helpers";

// A tiny but real PDF: the upload check reads the file's content, not its name.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

test("an organisation admin self-assesses a statement, uploads and links evidence, and watches the level change", async ({ page }) => {
  await signIn(page, "admin@elm-house.demo.test");
  await expect(page.getByRole("heading", { level: 1, name: "Elm House" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What to do next" })).toBeVisible();
  await expectAccessible(page);

  // Upload a support-plan template as evidence.
  await page.getByRole("navigation", { name: "Elm House sections" }).getByRole("link", { name: "Evidence" }).click();
  await page.getByRole("link", { name: /Add evidence/ }).first().click();
  await page.getByLabel("A file", { exact: true }).check();
  await page.getByLabel("Upload a file").setInputFiles({ name: "support-plan-template.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByLabel("Title", { exact: true }).fill("Support plan template: what matters to me");
  await page.getByLabel("Day", { exact: true }).fill("3");
  await page.getByLabel("Month", { exact: true }).fill("11");
  await page.getByLabel("Year", { exact: true }).fill("2026");
  await page.getByLabel("Policy or procedure", { exact: true }).check();
  await page.getByLabel("The organisation", { exact: true }).check();
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Support plan template: what matters to me" })).toBeVisible();

  // Statement 1: not yet level 1, because 1.1.a has no evidence and 1.1.b is "not yet".
  await page.goto("/organisations/elm-house/self-assessment/1");
  const preview = page.getByRole("complementary", { name: "Your self-assessed level for this statement" });
  await expect(preview).toContainText("Not yet level 1");
  await expectAccessible(page);

  const linker = page.getByLabel("Link more evidence to 1.1.a");
  await linker.selectOption({ label: "Support plan template: what matters to me (2026-11-03)" });
  await page.locator("#criterion-1\\.1\\.a").getByRole("button", { name: "Link evidence" }).click();
  await expect(page.locator("#criterion-1\\.1\\.a").getByRole("link", { name: "Support plan template: what matters to me" })).toBeVisible();

  // Choosing answers moves the preview at once, before anything is saved.
  for (const code of ["1.1.a", "1.1.b", "1.1.c"]) {
    await page.locator(`#criterion-${code.replace(/\./g, "\\.")}`).getByLabel("Yes").check();
  }
  await expect(preview).toContainText("Level 1");

  // Saving without an account is refused beside the field; then it saves.
  const b = page.locator("#criterion-1\\.1\\.b");
  await b.getByLabel("How do you do this?").fill("");
  await b.getByRole("button", { name: "Save answer to 1.1.b" }).click();
  await expect(errorSummary(page)).toContainText("Tell us in a sentence or two how you do this");
  await b.getByLabel("How do you do this?").fill("Every new member of staff now does the 'person first' induction day, co-run by a resident.");
  await b.getByRole("button", { name: "Save answer to 1.1.b" }).click();
  await expect(b.getByRole("status")).toHaveText("Saved");
  for (const code of ["1.1.a", "1.1.c"]) {
    const card = page.locator(`#criterion-${code.replace(/\./g, "\\.")}`);
    await card.getByRole("button", { name: `Save answer to ${code}` }).click();
    await expect(card.getByRole("status")).toHaveText("Saved");
  }

  // Marking the statement ready needs every criterion answered.
  await page.getByLabel("Yes, it is ready for assessors").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toContainText("Still to answer: 1.2.a");
  await expectAccessible(page);

  await page.goto("/organisations/elm-house");
  await expect(page.getByRole("row", { name: /I am more than a mental health diagnosis/ })).toContainText("Level 1");
});

test("an organisation admin asks for an assessment and the scheme admin sees the frozen copy", async ({ page, browser }) => {
  await signIn(page, "admin@northside-mind.demo.test");
  await page.goto("/organisations/northside-mind/self-assessment");
  await expect(page.getByText("6 of 6 statements ready")).toBeVisible();
  await expectAccessible(page);
  // e2e/assessors.spec.ts may already have asked (one database per run); either way the
  // request must show as made, and only once.
  const ask = page.getByRole("button", { name: "Ask for an assessment" });
  if (await ask.isVisible()) {
    await ask.click();
    await expect(page.getByRole("heading", { name: "Assessment requested" })).toBeFocused();
  }
  await expect(page.getByRole("heading", { name: "Assessment requested" })).toBeVisible();
  await expect(ask).toHaveCount(0);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "scheme.admin@demo.test");
  await admin.goto("/admin/requests");
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "Northside Mind" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Northside Mind" })).toBeVisible();
  await expect(admin.getByRole("table", { name: "Answers and evidence for statement 1" })).toBeVisible();
  await expectAccessible(admin);
});

test("a member can self-assess but not ask for an assessment, and other organisations' pages are not found", async ({ page }) => {
  await signIn(page, "member@northside-mind.demo.test");
  await page.goto("/organisations/northside-mind/self-assessment");
  await expect(page.getByRole("button", { name: "Ask for an assessment" })).toHaveCount(0);
  for (const path of ["/organisations/elm-house/self-assessment", "/organisations/elm-house/self-assessment/1", "/admin/requests"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
