import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, signIn } from "./support/helpers";

// One journey on the shared e2e database: the scheme admin records the pool (so the test works
// whether or not the demo pool is seeded), the organisation asks, the admin assigns, Dawn sees it.
const nextYear = String(new Date().getFullYear() + 1);

test("the scheme admin accredits two assessors, assigns them to a visit and the lead sees it", async ({ page, browser }) => {
  await signIn(page, "scheme.admin@demo.test");
  await page.goto("/admin/assessors");
  await expect(page.getByRole("heading", { level: 1, name: "Assessor pool" })).toBeVisible();
  await expectAccessible(page);

  for (const [name, accredited, expires] of [["Dawn Hughes", ["1", "10", "2025"], ["1", "10", "2027"]], ["Marcus Bell", ["15", "1", "2026"], ["15", "1", "2028"]]] as const) {
    await page.getByRole("link", { name: `Change ${name}'s record` }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const training = page.getByRole("group", { name: "When did they finish training?" });
    const accreditedOn = page.getByRole("group", { name: "When were they accredited?" });
    const expiresOn = page.getByRole("group", { name: "When does their accreditation expire?" });
    for (const [group, [day, month, year]] of [[training, ["19", "9", "2025"]], [accreditedOn, accredited], [expiresOn, accredited]] as const) {
      await group.getByLabel("Day").fill(day);
      await group.getByLabel("Month").fill(month);
      await group.getByLabel("Year").fill(year);
    }
    await page.getByLabel("Areas they can assess in").fill("Leeds North East\nLeeds West");
    await page.getByRole("button", { name: "Save assessor" }).click();
    // An expiry on the accredited date is refused beside the field.
    await expect(errorSummary(page)).toContainText("Expiry date must be after the accredited date");
    await expectAccessible(page);
    await expiresOn.getByLabel("Year").fill(expires[2]);
    await expiresOn.getByLabel("Month").fill(expires[1]);
    await expiresOn.getByLabel("Day").fill(expires[0]);
    await page.getByRole("button", { name: "Save assessor" }).click();
    await expect(page.getByText(`${name}'s record has been saved.`)).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Dawn Hughes" })).toContainText("Accredited until 1 October 2027");

  // Northside Mind asks for an assessment (another spec may have asked already on this database).
  const org = await (await browser.newContext()).newPage();
  await signIn(org, "admin@northside-mind.demo.test");
  await org.goto("/organisations/northside-mind/self-assessment");
  const ask = org.getByRole("button", { name: "Ask for an assessment" });
  if (await ask.isVisible()) {
    await ask.click();
    await expect(org.getByRole("heading", { name: "Assessment requested" })).toBeFocused();
  }

  await page.goto("/admin/requests");
  await page.getByRole("link", { name: "Northside Mind" }).click();
  await page.getByRole("link", { name: "Assign assessors" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assign assessors" })).toBeVisible();
  await expectAccessible(page);

  // The same person twice is refused; then Marcus goes as co-assessor.
  await page.getByRole("group", { name: "Who will lead the visit?" }).getByLabel("Dawn Hughes").check();
  await page.getByRole("group", { name: "Who will go with them as co-assessor?" }).getByLabel("Dawn Hughes").check();
  const visit = page.getByRole("group", { name: "When is the visit?" });
  await visit.getByLabel("Day").fill("10");
  await visit.getByLabel("Month").fill("3");
  await visit.getByLabel("Year").fill(nextYear);
  await page.getByRole("button", { name: "Assign and email the assessors" }).click();
  await expect(errorSummary(page)).toContainText("Select a different person as co-assessor");
  await expectAccessible(page);
  await page.getByRole("group", { name: "Who will go with them as co-assessor?" }).getByLabel("Marcus Bell").check();
  await page.getByRole("button", { name: "Assign and email the assessors" }).click();
  await expect(page.getByText("Assessors assigned. We have emailed Dawn Hughes and Marcus Bell.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Visit" })).toContainText(`10 March ${nextYear}`);
  await expectAccessible(page);

  const dawn = await (await browser.newContext()).newPage();
  await signIn(dawn, "assessor.one@demo.test");
  await dawn.goto("/assessor");
  const row = dawn.getByRole("row", { name: /Northside Mind/ });
  await expect(row).toContainText(`10 March ${nextYear}`);
  await expect(row).toContainText("Lead assessor");
  await expectAccessible(dawn);
});

test("an assessor declares a link with an organisation and removes it", async ({ page }) => {
  await signIn(page, "assessor.two@demo.test");
  await page.goto("/assessor");
  await page.getByRole("link", { name: "Tell us about organisations you know" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisations you have a link with" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Tell us about this link" }).click();
  await expect(errorSummary(page)).toContainText("Select how you know this organisation");
  await expectAccessible(page);
  await page.getByLabel("Which organisation?").selectOption({ label: "Elm House" });
  await page.getByLabel("Someone close to me works there or uses their services").check();
  await page.getByRole("button", { name: "Tell us about this link" }).click();
  await expect(page.getByText("Thank you. We will not ask you to assess that organisation.")).toBeVisible();
  await page.getByRole("button", { name: "Remove the link with Elm House" }).click();
  await expect(page.getByText("That link has been removed.")).toBeVisible();
  await expectAccessible(page);

  for (const path of ["/admin/assessors", "/admin/requests"]) expect((await page.goto(path))?.status(), path).toBe(404);
});
