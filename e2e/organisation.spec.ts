import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, signIn } from "./support/helpers";

test("an organisation admin corrects a mistake in their details", async ({ page }) => {
  await signIn(page, "admin@harbour-recovery.demo.test");
  await page.getByRole("link", { name: "Change the organisation's details" }).click();
  await expectAccessible(page);
  await page.getByLabel("Contact email (optional)").fill("info at harbour");
  await page.getByLabel("Area or locality").fill("");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page)).toContainText("Enter the area or locality");
  await expect(errorSummary(page)).toContainText("Enter an email address in the correct format");
  await expectAccessible(page);

  await page.getByLabel("Contact email (optional)").fill("hello@harbour-recovery.demo.test");
  await page.getByLabel("Area or locality").fill("Leeds South");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page).toHaveURL(/\/organisations\/harbour-recovery\?updated=details$/);
  await expect(page.getByText("hello@harbour-recovery.demo.test")).toBeVisible();
});

test("a member sees their organisation and its people but cannot change its details", async ({ page }) => {
  await signIn(page, "member@northside-mind.demo.test");
  await expect(page.getByRole("link", { name: "Change the organisation's details" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Northside Mind sections" }).getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("cell", { name: "member@northside-mind.demo.test" })).toBeVisible();
  await expectAccessible(page);
  const response = await page.goto("/organisations/northside-mind/details");
  expect(response?.status()).toBe(404);
});

for (const path of ["/organisations/elm-house", "/organisations/elm-house/members", "/organisations/elm-house/details", "/admin", "/admin/outbox", "/commissioner", "/assessor"]) {
  test(`a member of another organisation gets not found at ${path}`, async ({ page }) => {
    await signIn(page, "admin@northside-mind.demo.test");
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText("Elm House")).toHaveCount(0);
  });
}
