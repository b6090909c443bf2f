import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support/helpers";

const PUBLIC_PAGES = ["/", "/sign-in", "/sign-in/email", "/sign-in/link?token=abc", "/signed-out", "/no-such-page", "/register", "/register?level=9", "/api-docs"];

for (const path of PUBLIC_PAGES) {
  test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  });
}

const SIGNED_IN_PAGES: Array<[string, string[]]> = [
  ["scheme.admin@demo.test", ["/admin", "/admin/outbox", "/admin/overview", "/organisations/elm-house", "/organisations/elm-house/members"]],
  ["assessor.one@demo.test", ["/assessor"]],
  ["commissioner@demo.test", ["/commissioner", "/commissioner/organisations/northside-mind", "/commissioner/api-keys", "/organisations/northside-mind"]],
  ["admin@elm-house.demo.test", ["/organisations/elm-house", "/organisations/elm-house/members", "/organisations/elm-house/details", "/organisations/elm-house/sharing"]],
];

for (const [email, paths] of SIGNED_IN_PAGES) {
  test(`${email}'s pages have no WCAG 2.2 AA violations`, async ({ page }) => {
    await signIn(page, email);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
  });
}

test("the skip link moves keyboard users to the main content", async ({ page }) => {
  await page.goto("/sign-in");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();
});
