import { expect, test, type Page } from "@playwright/test";
import { errorSummary, expectAccessible, signIn } from "./support/helpers";

// Paying Experts by Experience on the shared e2e database. Other specs may have assigned visits
// (and the demo may have recorded or paid payments), so the admin picks the newest visit Dawn is
// on and reopens her payment if it was already paid.

test("the scheme admin keeps the permitted-work figures, with their history", async ({ page }) => {
  await signIn(page, "scheme.admin@demo.test");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Paying Experts by Experience" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Paying Experts by Experience" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Permitted-work figures" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Permitted-work figures" })).toBeVisible();
  await expectAccessible(page);

  const from = page.getByRole("group", { name: "When do these figures apply from?" });
  await from.getByLabel("Day").fill("31");
  await from.getByLabel("Month").fill("4");
  await from.getByLabel("Year").fill("2040");
  await page.getByLabel("Hours limit").fill("16");
  await page.getByLabel("Weekly earnings limit, in pounds").fill("210.555");
  await page.getByRole("button", { name: "Save figures" }).click();
  await expect(errorSummary(page)).toContainText("Date the figures apply from must be a real date");
  await expect(errorSummary(page)).toContainText("Weekly earnings limit must be in pounds and pence");
  await expect(errorSummary(page)).toBeFocused();
  await expectAccessible(page);

  await from.getByLabel("Day").fill("6");
  await page.getByLabel("Weekly earnings limit, in pounds").fill("210.50");
  await page.getByRole("button", { name: "Save figures" }).click();
  await expect(page.getByText("The new figures have been saved.")).toBeVisible();
  await expect(page.getByRole("row", { name: /6 April 2040/ })).toContainText("Up to £210.50 a week");
  await expectAccessible(page);
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function openDawnsPayment(admin: Page): Promise<{ heading: string; organisation: string }> {
  await admin.goto("/admin/payments");
  const row = admin.getByRole("row").filter({ hasText: "Dawn Hughes" }).first();
  await row.getByRole("link").click();
  await admin.waitForURL(/\/admin\/payments\/visits\/[^/]+$/);
  await expect(admin.getByRole("link", { name: "Back to payments" })).toBeVisible();
  const heading = (await admin.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const dawn = admin.getByRole("region", { name: /Dawn Hughes/ });
  const reopen = dawn.getByRole("button", { name: "Mark Dawn Hughes's payment as not paid" });
  if (await reopen.isVisible()) {
    await reopen.click();
    await expect(admin.getByText("Dawn Hughes's payment is marked as not paid.")).toBeVisible();
  }
  await dawn.getByRole("link", { name: /(Record|Change) Dawn Hughes's payment/ }).click();
  return { heading, organisation: heading.split(",")[0] ?? "" };
}

test("Dawn chooses her limits, the admin records her payment past them, and she sees it", async ({ page, browser }) => {
  const dawn = page;
  await test.step("Dawn asks us to watch her own weekly figures", async () => {
    await signIn(dawn, "assessor.one@demo.test");
    await dawn.goto("/assessor");
    await dawn.getByRole("link", { name: "See what you are paid for each visit" }).click();
    await expect(dawn.getByRole("heading", { level: 1, name: "Your payments" })).toBeVisible();
    await expectAccessible(dawn);
    await dawn.getByRole("link", { name: "Change how you are paid or which limits we watch" }).click();
    await expect(dawn.getByRole("heading", { level: 1, name: "How you are paid" })).toBeVisible();
    await expectAccessible(dawn);
    await dawn.getByLabel("Into my bank account").check();
    await dawn.getByLabel("Yes, limits I choose").check();
    await dawn.getByLabel("Hours in a week").fill("");
    await dawn.getByLabel("Earnings in a week, in pounds").fill("");
    await dawn.getByRole("button", { name: "Save your choices" }).click();
    await expect(errorSummary(dawn)).toContainText("Enter a number of hours, an amount of money, or both");
    await expectAccessible(dawn);
    await dawn.getByLabel("Hours in a week").fill("16");
    await dawn.getByLabel("Earnings in a week, in pounds").fill("150");
    await dawn.getByRole("button", { name: "Save your choices" }).click();
    await expect(dawn.getByText("Your choices have been saved.")).toBeVisible();
    await expect(dawn.getByText("You asked us to let you know when a week reaches 16 hours, or when a week's earnings go over £150.00.")).toBeVisible();
  });

  const admin = await (await browser.newContext()).newPage();
  let visit = { heading: "", organisation: "" };
  await test.step("the admin records her payment, with an error first and the notice before saving", async () => {
    await signIn(admin, "scheme.admin@demo.test");
    visit = await openDawnsPayment(admin);
    await expect(admin.getByRole("heading", { level: 1, name: /Dawn Hughes's payment/ })).toBeVisible();
    await expectAccessible(admin);
    await admin.getByLabel("Hours worked").fill("three");
    await admin.getByLabel("Fee, in pounds").fill("-5");
    await admin.getByRole("button", { name: "Save payment" }).click();
    await expect(errorSummary(admin)).toContainText("Hours worked must be a number of hours, like 3 or 3.5");
    await expect(errorSummary(admin)).toContainText("Fee must be £0 or more");
    await expectAccessible(admin);

    await admin.getByLabel("Hours worked").fill("17");
    await admin.getByLabel("Fee, in pounds").fill("150");
    await admin.getByLabel("Expenses to repay, in pounds (optional)").fill("12.40");
    await admin.getByLabel("Bank payment").check();
    const notice = admin.getByRole("region", { name: "About the limits they asked us to watch" });
    await expect(notice).toContainText(/With this payment, Dawn Hughes's work in the week of this visit would come to \d+ hours.*past the 16-hour limit they asked us to watch/);
    await expect(notice).toContainText("You can still save it: how much to work is their choice.");
    await expectAccessible(admin);
    await admin.getByRole("button", { name: "Save payment" }).click();
    await expect(admin.getByText("Dawn Hughes's payment has been saved.")).toBeVisible();
    const section = admin.getByRole("region", { name: /Dawn Hughes/ }).first();
    await expect(section).toContainText("£150.00");
    await expect(section).toContainText("17 hours");
    await expect(admin.getByRole("region", { name: "About the limits they asked us to watch" }).first()).toContainText("past the 16-hour limit they asked us to watch");
    await expectAccessible(admin);
    // A visit that has happened can be marked paid; one still to come stays a plan.
    const markPaid = admin.getByRole("button", { name: "Mark Dawn Hughes's payment as paid" });
    if (await markPaid.isVisible()) {
      await markPaid.click();
      await expect(admin.getByText("Dawn Hughes's payment is marked as paid.")).toBeVisible();
    } else {
      await expect(section).toContainText("Planned");
    }
  });

  await test.step("the admin downloads the payments as a spreadsheet; nobody else can", async () => {
    const csv = await admin.request.get("/admin/payments/export.csv?from=2000-01-01&to=2099-12-31");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="payments-2000-01-01-to-2099-12-31.csv"');
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = bytes.subarray(3).toString("utf8");
    expect(body.startsWith("Visit date,Assessor name,Assessor email,Organisation,Fee (£),Hours,Expenses (£),How paid,Charity,Paid on")).toBe(true);
    expect(body).toMatch(new RegExp(`Dawn Hughes,assessor\\.one@demo\\.test,${escape(visit.organisation)},150\\.00,17,12\\.40,Bank payment,`));
    expect((await admin.request.get("/admin/payments/export.csv?from=2027-01-01&to=2026-01-01")).status()).toBe(400);
    expect((await dawn.request.get("/admin/payments/export.csv?from=2000-01-01&to=2099-12-31")).status()).toBe(404);
    for (const path of ["/admin/payments", "/admin/payments/limits"]) expect((await dawn.goto(path))?.status(), path).toBe(404);
  });

  await test.step("Dawn sees the payment and the gentle notice with a pointer to advice", async () => {
    await dawn.goto("/assessor/payments");
    await expect(dawn.getByRole("row", { name: new RegExp(escape(visit.organisation)) }).first()).toContainText("£150.00");
    const notice = dawn.getByRole("region", { name: "About the weekly limits you asked us to watch" });
    await expect(notice).toContainText(/Your visit on .* (would take|took) you to \d+ hours( \d+ minutes)? in that week, past the 16-hour limit you asked us to watch\./);
    await expect(notice).toContainText("You may want to talk to a welfare-rights adviser");
    await expect(notice.getByRole("link", { name: "Citizens Advice: help with benefits" })).toHaveAttribute("href", "https://www.citizensadvice.org.uk/benefits/");
    await expect(dawn.getByRole("table", { name: "Each week (Monday to Sunday)" })).toContainText("Past your limit");
    await expect(dawn.getByRole("table", { name: "Each tax year (6 April to 5 April)" })).toBeVisible();
    await expectAccessible(dawn);
  });
});
