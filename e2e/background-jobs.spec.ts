import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support/helpers";

// The server runs its background jobs from the moment it starts: the demo's Elm House award
// expires in six weeks, so its administrator's 90-day reminder is queued without anyone asking.
test("the award expiry reminder reaches the outbox once the server has started", async ({ page }) => {
  await signIn(page, "scheme.admin@demo.test");
  const reminders = page
    .getByRole("article")
    .filter({ hasText: "To admin@elm-house.demo.test" })
    .filter({ has: page.getByRole("heading", { name: /^Elm House's Coproduction Quality Mark award expires in \d+ days$/ }) });
  // The job runs a moment after start-up; reload as a person would until it has.
  await expect(async () => {
    await page.goto("/admin/outbox");
    await expect(reminders).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(reminders).toContainText("holds the Coproduction Quality Mark at level 1");
  await expect(reminders).toContainText(/\/organisations\/elm-house\/award/);
  await expect(reminders).toContainText("not sent: no SMTP server configured");
  await expectAccessible(page);
});
