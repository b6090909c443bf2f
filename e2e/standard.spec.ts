import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, signIn } from "./support/helpers";

test("anyone can read the standard and switch to easy read", async ({ page }) => {
  await page.goto("/standard");
  await expect(page.getByRole("heading", { level: 1, name: "The standard" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /I am more than a mental health diagnosis/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Level 3: sharing power" }).first()).toBeVisible();
  await page.getByText("Guidance and examples of evidence").first().click();
  await expect(page.getByText("Evidence could include:").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Easy read" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The standard in easy read" })).toBeVisible();
  await expect(page.getByText("I am a person. I am not just my illness.", { exact: false })).toBeVisible();
  await expectAccessible(page);
});

test("the how-levels-work page explains the rules with a worked example", async ({ page }) => {
  await page.goto("/standard");
  await page.getByRole("link", { name: "How levels are worked out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How levels are worked out" })).toBeVisible();
  await expect(page.getByText("Overall: Level 1")).toBeVisible();
  await expect(page.getByRole("table", { name: /Statement 5: Level 2/ })).toBeVisible();
  await expectAccessible(page);
});

test("a scheme admin drafts a new version, rewords a criterion and publishes it", async ({ page }) => {
  await signIn(page, "scheme.admin@demo.test");
  await page.getByRole("link", { name: "Versions of the standard" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Draft a new version" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Change 4.1.a" }).click();
  await page.getByLabel("Easy-read version").fill("");
  await page.getByRole("button", { name: "Save criterion" }).click();
  await expect(errorSummary(page)).toContainText("Enter the easy-read version");
  await expect(errorSummary(page)).toBeFocused();
  await expectAccessible(page);
  await page.getByLabel("Easy-read version").fill("Staff do not judge me. They help with all of it.");
  await page.getByRole("button", { name: "Save criterion" }).click();
  await expect(page.getByText("Easy read: Staff do not judge me. They help with all of it.")).toBeVisible();

  await page.getByRole("button", { name: /Publish version/ }).click();
  await expect(page.getByRole("status")).toContainText("is published");
  await expect(page.getByRole("link", { name: "Change 4.1.a" })).toHaveCount(0);

  await page.goto("/standard?wording=easy-read");
  await expect(page.getByText("Staff do not judge me. They help with all of it.")).toBeVisible();
});
