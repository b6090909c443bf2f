import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password-1";

/** Signs in through the real form, as a person would, and waits for their home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as")).toBeVisible();
}

/** Fails on any WCAG 2.2 A or AA violation axe-core can find on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, "axe-core violations").toEqual([]);
}

/** The GOV.UK error summary (Next.js also renders a route announcer with role="alert"). */
export function errorSummary(page: Page) {
  return page.getByRole("alert", { name: "There is a problem" });
}

/** A fresh browser context for one person, signed in: for journeys with several people at once. */
export async function pageFor(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
  await signIn(page, email);
  return page;
}

/**
 * Northside Mind asks for an assessment and the scheme admin assigns Dawn Hughes (lead) and
 * Marcus Bell, through the same screens people use. Specs share one database, so each step that
 * an earlier spec already did is passed over.
 */
export async function ensureNorthsideVisitAssigned(browser: Browser): Promise<void> {
  const soon = new Date(Date.now() + 14 * 24 * 60 * 60 * 1000);
  const org = await pageFor(browser, "admin@northside-mind.demo.test");
  await org.goto("/organisations/northside-mind/self-assessment");
  const ask = org.getByRole("button", { name: "Ask for an assessment" });
  if (await ask.isVisible()) {
    await ask.click();
    await expect(org.getByRole("heading", { name: "Assessment requested" })).toBeFocused();
  }
  await org.context().close();

  const admin = await pageFor(browser, "scheme.admin@demo.test");
  await admin.goto("/admin/requests");
  await admin.getByRole("link", { name: "Northside Mind" }).first().click();
  await admin.waitForURL(/\/admin\/requests\/.+/);
  const assign = admin.getByRole("link", { name: "Assign assessors" });
  if (await assign.isVisible()) {
    await assign.click();
    await admin.getByRole("group", { name: "Who will lead the visit?" }).getByLabel("Dawn Hughes").check();
    await admin.getByRole("group", { name: "Who will go with them as co-assessor?" }).getByLabel("Marcus Bell").check();
    const when = admin.getByRole("group", { name: "When is the visit?" });
    await when.getByLabel("Day").fill(String(soon.getDate()));
    await when.getByLabel("Month").fill(String(soon.getMonth() + 1));
    await when.getByLabel("Year").fill(String(soon.getFullYear()));
    await admin.getByRole("button", { name: "Assign and email the assessors" }).click();
    await expect(admin.getByText("Assessors assigned. We have emailed Dawn Hughes and Marcus Bell.")).toBeVisible();
  }
  await admin.context().close();
}
