import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, signIn } from "./support/helpers";

// The demo seeds Riverside Peer Support's level 2 award with this code. Other specs share the
// database and may change the award's standing, so the standing is checked as "one of them".
const CODE = "CQM-RVR2-6PSA";
const STANDING = /Current|Suspended|Revoked|Expired|Replaced/;

test("anyone can check a certificate's code, typed loosely, and malformed or unknown codes are explained", async ({ page }) => {
  await page.goto("/verify");
  await expect(page.getByRole("heading", { level: 1, name: "Check a certificate" })).toBeVisible();
  await expectAccessible(page);

  const code = page.getByLabel("Enter the code from the certificate");
  await code.fill("CQM-12");
  await page.getByRole("button", { name: "Check the code" }).click();
  await expect(errorSummary(page)).toContainText("Enter the code as it is printed on the certificate");
  await expect(errorSummary(page)).toBeFocused();
  await expectAccessible(page);

  await code.fill("cqm-zzzz-zzzz");
  await page.getByRole("button", { name: "Check the code" }).click();
  await expect(errorSummary(page)).toContainText("We could not find a certificate with the code CQM-ZZZZ-ZZZZ");

  await code.fill(" cqm rvr2 6psa ");
  await page.getByRole("button", { name: "Check the code" }).click();
  await expect(page).toHaveURL(new RegExp(`/verify/${CODE}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Riverside Peer Support" })).toBeVisible();
  await expect(page.getByText("Level 2", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Level for each I Statement" }).getByRole("row")).toHaveCount(7);
  await expect(page.getByText(STANDING).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "How levels are worked out" })).toHaveAttribute("href", "/standard/how-levels-work");
  await expectAccessible(page);

  const unknown = await page.goto("/verify/CQM-ZZZZ-ZZZZ");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that certificate" })).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto("/verify/not-a-code"))?.status()).toBe(404);
});

test("the organisation opens its certificate, downloads the PDF and copies the badge", async ({ page }) => {
  await signIn(page, "admin@riverside-peer-support.demo.test");
  await page.goto("/organisations/riverside-peer-support/award/certificate");
  await expect(page.getByRole("heading", { level: 1, name: "Certificate for Riverside Peer Support" })).toBeVisible();
  const certificate = page.getByRole("region", { name: "Riverside Peer Support" });
  await expect(certificate).toContainText("has been awarded Level 2");
  await expect(certificate).toContainText(CODE);
  await expectAccessible(page);

  const snippet = page.getByLabel("HTML to copy into your website");
  await expect(snippet).toHaveValue(new RegExp(`<a href="[^"]+/verify/${CODE}"><img src="[^"]+/badge/${CODE}\\.svg"`));

  const pdf = await page.request.get("/organisations/riverside-peer-support/award/certificate.pdf");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const report = await page.request.get("/organisations/riverside-peer-support/assessment/report.pdf");
  expect(report.status()).toBe(200);
  expect((await report.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const badge = await page.request.get(`/badge/${CODE}.svg`);
  expect(badge.status()).toBe(200);
  expect(badge.headers()["content-type"]).toContain("image/svg+xml");
  const svg = await badge.text();
  expect(svg).toContain('role="img"');
  expect(svg).toContain(`Code ${CODE}`);
  expect(svg).toContain("Level 2");
});

test("another organisation's people get not found for the certificate and the report", async ({ page }) => {
  await signIn(page, "admin@northside-mind.demo.test");
  expect((await page.goto("/organisations/riverside-peer-support/award/certificate"))?.status()).toBe(404);
  for (const path of ["/organisations/riverside-peer-support/award/certificate.pdf", "/organisations/riverside-peer-support/assessment/report.pdf"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});
