import { expect, test, type Page } from "@playwright/test";
import { errorSummary, expectAccessible, signIn } from "./support/helpers";

// Riverside Peer Support's closed spring round comes from the demo data; Elm House opens its own.
// Other specs do not touch either organisation's feedback, so this holds in any order.

/** A date `days` from today as the boxes of a date input (server and browser are both UK here). */
function dateParts(days: number): { day: string; month: string; year: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  return { day: String(date.getDate()), month: String(date.getMonth() + 1), year: String(date.getFullYear()) };
}

async function fillDate(page: Page, legend: string, days: number) {
  const parts = dateParts(days);
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(parts.day);
  await group.getByLabel("Month").fill(parts.month);
  await group.getByLabel("Year").fill(parts.year);
}

test("Riverside's admin sees the closed round's results as a chart, a table and redacted comments, and its poster", async ({ page }) => {
  test.slow();
  await signIn(page, "admin@riverside-peer-support.demo.test");
  await page.getByRole("navigation", { name: "Riverside Peer Support sections" }).getByRole("link", { name: "Feedback" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Feedback from people who use your services" })).toBeVisible();
  const row = page.getByRole("row", { name: /13 April \d{4} to 10 May \d{4}/ });
  await expect(row.getByRole("cell").nth(2)).toHaveText("Closed");
  await expect(row.getByRole("cell").nth(3)).toHaveText("14");
  await expectAccessible(page);

  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /13 April \d{4} to 10 May \d{4}/ })).toBeVisible();
  await expect(page.getByText("14 people answered. 3 of them (21%) said they were a carer or family member.")).toBeVisible();
  const table = page.getByRole("table", { name: "How people answered each question: number of people" });
  await expect(table.getByRole("columnheader")).toHaveText(["Question", "Never", "Not often", "Sometimes", "Mostly", "Always", "I don't know"]);
  await expect(table.getByRole("row", { name: /I Statement 1: Staff treat me as a person/ }).getByRole("cell")).toHaveText(["0", "1", "2", "5", "6", "0"]);
  await expect(page.getByRole("heading", { level: 2, name: "What people wrote" })).toBeVisible();
  await expect(page.getByText("The Wednesday group [name] runs helped me feel heard")).toBeVisible();
  await expect(page.getByText(/Sam runs|Debbie|07700/)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "feedback from people who use your services" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "See the poster" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tell us what you think" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^QR code\. Scan it with your phone's camera to open .+\/feedback\/rvrsd4p6$/ })).toBeVisible();
  await expect(page.getByText("It is anonymous: we do not ask your name")).toBeVisible();
  await expect(page.getByText("This round has closed, so the link on this poster no longer takes answers.")).toBeVisible();
  await expectAccessible(page);
});

test("Elm House's admin opens a round after fixing the dates, gets the link and the poster, and closes it", async ({ page }) => {
  test.slow();
  await signIn(page, "admin@elm-house.demo.test");
  await page.goto("/organisations/elm-house/feedback");
  await expect(page.getByText("You have not run a feedback round yet.")).toBeVisible();
  await page.getByRole("link", { name: "Open a feedback round" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open a feedback round" })).toBeVisible();
  await expectAccessible(page);

  await fillDate(page, "When does the round start?", 3);
  await fillDate(page, "When does it end?", 2);
  await page.getByLabel("Which of your services is the round about?").fill("Our crisis house and the move-on flats");
  await page.getByRole("button", { name: "Open the feedback round" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page)).toContainText("The end date must be after the start date");
  await expect(page.getByRole("group", { name: "When does it end?" })).toContainText("Error: The end date must be after the start date");
  await expectAccessible(page);

  await fillDate(page, "When does it end?", 30);
  await page.getByRole("button", { name: "Open the feedback round" }).click();
  await expect(page.getByRole("status")).toContainText("Your feedback round is open. Share the link or print the poster.");
  await expect(page.getByRole("status").locator("xpath=..")).toBeFocused();
  const link = page.getByRole("link", { name: /\/feedback\/[0-9a-hjkmnp-tv-z]{8}$/ });
  await expect(link).toBeVisible();
  const shortLink = (await link.textContent()) ?? "";
  await expect(page.getByText("Not started yet")).toBeVisible();
  await expect(page.getByText("The results appear here when the round closes, if at least 10 people have answered.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Print the poster with the QR code" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tell us what you think" })).toBeVisible();
  await expect(page.getByRole("img", { name: `QR code. Scan it with your phone's camera to open ${shortLink}` })).toBeVisible();
  await expect(page.getByRole("link", { name: shortLink })).toBeVisible();
  await expect(page.getByText("It is anonymous: we do not ask your name")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Back to the feedback round" }).click();
  await page.getByRole("link", { name: "Close the round now" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Are you sure you want to close this feedback round now?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, close the round now" }).click();
  await expect(page.getByRole("status")).toContainText("The feedback round has closed.");
  await expect(page.getByText("Fewer than 10 people answered, so we cannot show the results without risking someone being recognised.")).toBeVisible();
  await expectAccessible(page);
});
