import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, signIn } from "./support/helpers";

test("a person signs in with a link from the email outbox", async ({ page, browser }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Get a sign-in link by email" }).click();
  await expectAccessible(page);
  await page.getByLabel("Email address").fill("member@elm-house.demo.test");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeFocused();

  // The scheme admin reads the development outbox in another browser.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, "scheme.admin@demo.test");
  await adminPage.goto("/admin/outbox");
  await expectAccessible(adminPage);
  const email = adminPage.getByRole("article").filter({ hasText: "To member@elm-house.demo.test" }).first();
  const link = /https?:\/\/\S+\/sign-in\/link\?token=[\w-]+/.exec((await email.textContent()) ?? "")?.[0];
  expect(link).toBeTruthy();
  await adminContext.close();

  await page.goto(link!);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/organisations\/elm-house$/);

  // The link works once only.
  const again = await browser.newContext();
  const second = await again.newPage();
  await second.goto(link!);
  await second.getByRole("button", { name: "Continue" }).click();
  await expect(errorSummary(second)).toContainText("expired or has already been used");
  await again.close();
});

test("an email address in the wrong format gets a message beside the field", async ({ page }) => {
  await page.goto("/sign-in/email");
  await page.getByLabel("Email address").fill("grace at northside");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(errorSummary(page)).toContainText("Enter an email address in the correct format");
  await expectAccessible(page);
});
