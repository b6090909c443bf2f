import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, signIn } from "./support/helpers";

const ACCOUNTS: Array<[string, string, RegExp]> = [
  ["scheme.admin@demo.test", "/admin", /Scheme administration/],
  ["assessor.one@demo.test", "/assessor", /My assessments/],
  ["assessor.two@demo.test", "/assessor", /My assessments/],
  ["commissioner@demo.test", "/commissioner", /The register/],
  ...["northside-mind", "harbour-recovery", "elm-house"].flatMap((slug): Array<[string, string, RegExp]> => [
    [`admin@${slug}.demo.test`, `/organisations/${slug}`, /./],
    [`member@${slug}.demo.test`, `/organisations/${slug}`, /./],
  ]),
];

for (const [email, home, heading] of ACCOUNTS) {
  test(`${email} signs in and lands on their home page`, async ({ page }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(new RegExp(`${home}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  });
}

test("a wrong password gets a clear message in the error summary and beside the field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("admin@elm-house.demo.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = errorSummary(page);
  await expect(summary).toContainText("The email address or password is not right");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("an empty form says what to enter for each field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(errorSummary(page)).toContainText("Enter your email address");
  await expect(errorSummary(page)).toContainText("Enter your password");
  await page.getByRole("link", { name: "Enter your password" }).click();
  await expect(page.getByLabel("Password")).toBeFocused();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "commissioner@demo.test");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  await page.goto("/commissioner");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the health check reports the database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("pages refuse to be framed and send the basic security headers", async ({ request }) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-powered-by"]).toBeUndefined();
});
