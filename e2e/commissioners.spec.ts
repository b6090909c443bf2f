import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible, signIn } from "./support/helpers";

// A commissioner on a call: finds level 2 providers, compares two, takes the list away as a
// spreadsheet, and sets up an API key that their own system (here: curl) then uses. Relies on the
// demo's level 2 award for Riverside Peer Support, which earlier specs leave current, and on
// Riverside sharing its evidence with the demo commissioning body.

function curl(url: string, key: string): { status: number; body: string } {
  const out = execFileSync("curl", ["-s", "-w", "\n%{http_code}", "-H", `Authorization: Bearer ${key}`, url], { encoding: "utf8" });
  const cut = out.lastIndexOf("\n");
  return { status: Number(out.slice(cut + 1)), body: out.slice(0, cut) };
}

test("a commissioner filters the register, compares two providers and downloads the list", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, "commissioner@demo.test");
  await page.goto("/commissioner");
  await expect(page.getByRole("heading", { level: 1, name: "The register" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Level", { exact: true }).selectOption("2");
  await page.getByRole("button", { name: "Show results" }).click();
  await expect(page).toHaveURL(/level=2/);
  const results = page.getByRole("table", { name: /organisation/ });
  await expect(results.getByRole("link", { name: "Riverside Peer Support" })).toBeVisible();
  await expect(results.getByRole("link", { name: "Northside Mind" })).toHaveCount(0);
  await expectAccessible(page);

  const csv = await page.request.get("/commissioner/register.csv?level=2");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toContain("attachment");
  const text = await csv.text();
  expect(text).toContain("Organisation,Award,Level");
  expect(text).toContain("Riverside Peer Support,Level 2,2");
  expect(text).not.toContain("Northside Mind");

  await page.goto("/commissioner?level=9");
  await expect(errorSummary(page)).toContainText("level must be one of 1, 2, 3, not-yet, none");
  await expectAccessible(page);

  await page.goto("/commissioner");
  await page.getByLabel("Compare Riverside Peer Support").check();
  await page.getByLabel("Compare Northside Mind").check();
  await page.getByRole("button", { name: "Compare the ticked organisations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare organisations" })).toBeVisible();
  const comparison = page.getByRole("table");
  await expect(comparison.getByRole("row", { name: /^Award/ })).toContainText("Level 2");
  await expect(comparison.getByRole("row", { name: /^Award/ })).toContainText("No award");
  await expect(comparison.getByRole("row", { name: /^Statement 1/ })).toBeVisible();
  await expectAccessible(page);

  await comparison.getByRole("link", { name: "Riverside Peer Support" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Riverside Peer Support" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Level for each I Statement" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Evidence Riverside Peer Support shares with you/ })).toBeVisible();
  await expectAccessible(page);
});

test("a commissioner creates an API key that works with curl until it is revoked", async ({ page, baseURL }) => {
  await signIn(page, "commissioner@demo.test");
  await page.goto("/commissioner/api-keys");
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();

  await page.getByRole("button", { name: "Create a key" }).click();
  await expect(errorSummary(page)).toContainText("Enter a name for the key");
  await expectAccessible(page);

  await page.getByLabel("Name for the key").fill("Contracts database");
  await page.getByRole("button", { name: "Create a key" }).click();
  const shown = page.getByTestId("new-api-key");
  await expect(shown).toBeVisible();
  await expect(page.getByRole("region", { name: "Your new key for Contracts database" })).toBeFocused();
  await expectAccessible(page);
  const key = (await shown.textContent())?.trim() ?? "";
  expect(key).toMatch(/^cqm_/);

  const ok = curl(`${baseURL}/api/v1/organisations?level=2`, key);
  expect(ok.status).toBe(200);
  expect((JSON.parse(ok.body) as { data: { name: string }[] }).data.map((o) => o.name)).toContain("Riverside Peer Support");
  const bad = curl(`${baseURL}/api/v1/organisations?level=9`, key);
  expect(bad.status).toBe(400);
  expect(JSON.parse(bad.body)).toMatchObject({ error: { code: "BAD_REQUEST", param: "level" } });

  await page.reload();
  const row = page.getByRole("row", { name: /Contracts database/ }).first();
  await expect(row).toContainText("Helen Okafor");
  await row.getByRole("button", { name: "Revoke Contracts database" }).click();
  await expect(page.getByRole("row", { name: /Contracts database/ }).first()).toContainText("Revoked");
  expect(curl(`${baseURL}/api/v1/organisations`, key).status).toBe(401);

  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1, name: "The register API" })).toBeVisible();
  const openapi = await page.request.get("/api/v1/openapi.json");
  expect((await openapi.json()) as { openapi: string }).toMatchObject({ openapi: "3.1.0" });
});
