// The public feedback form at the demo round /feedback/hrbr7k2m (Harbour Recovery, open now):
// no sign-in, no JavaScript, axe-clean, answered with the keyboard alone, one answer per browser,
// and nothing overflowing at 320 px or at 200% zoom. Each test uses a fresh browser (so a fresh
// cookie): earlier specs may have answered the round already from theirs.
import { expect, test, type Page } from "@playwright/test";
import { errorSummary, expectAccessible } from "./support/helpers";

const FORM = "/feedback/hrbr7k2m";

/** Tab until `isTarget` holds for the focused element, as a keyboard user would. */
async function tabUntil(page: Page, isTarget: () => Promise<boolean>, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await isTarget()) return;
  }
  throw new Error("Never reached the element by pressing Tab");
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

async function noHorizontalOverflow(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test("the form loads with no JavaScript at all and passes axe-core", async ({ page }) => {
  let scriptBytes = 0;
  let scripts = 0;
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts += 1;
    scriptBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(FORM, { waitUntil: "load" });
  await expect(page.getByRole("heading", { level: 1, name: "Tell us what you think of Harbour Recovery" })).toBeVisible();
  await expect(page).toHaveTitle("Tell us what you think of Harbour Recovery – Coproduction Quality Mark");

  const scriptEntries = await page.evaluate(() => performance.getEntriesByType("resource").filter((e) => (e as PerformanceResourceTiming).initiatorType === "script").length);
  expect(scripts + scriptEntries).toBe(0);
  expect(scriptBytes).toBeLessThan(50 * 1024);
  await expect(page.locator("script")).toHaveCount(0);

  for (const question of ["Staff treat me as a person, not just a diagnosis", "I know the name of my worker and how to contact them"]) {
    const group = page.getByRole("group", { name: new RegExp(question) });
    await expect(group.getByRole("radio")).toHaveCount(6);
    await expect(group.getByLabel("I don't know")).toBeVisible();
    await expect(group.getByLabel("Anything you want to tell us? (optional)")).toBeVisible();
  }
  await expect(page.getByLabel("I am a carer or family member")).toBeVisible();
  await expectAccessible(page);
});

test("a person answers with the keyboard alone, meets the error summary, and can answer only once", async ({ page }) => {
  await page.goto(FORM);

  // Skip link, then the carer box.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("I am a carer or family member")).toBeFocused();
  await page.keyboard.press("Space");

  // Question 1 is passed over, so the form comes back with an error.
  await page.keyboard.press("Tab");
  await expect(page.locator("#answer-1-1")).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Staff ask what matters to me.");
  // Question 2: arrow down from the first answer chooses "Not often".
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  // Question 3: Space chooses "Never".
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  // Question 4: four steps down is "Always".
  await page.keyboard.press("Tab");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  // Question 5: up from the first answer wraps round to "I don't know".
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Tab");
  // Question 6: "Sometimes".
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await tabUntil(page, async () => (await page.evaluate(() => document.activeElement?.tagName)) === "BUTTON");
  await expect(page.getByRole("button", { name: "Send my answers" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(errorSummary(page)).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Tell us what you think of Harbour Recovery/);
  const group = (n: number) => page.getByRole("group", { name: new RegExp(`Question ${n} of 6`) });
  await expect(group(1)).toContainText("Choose an answer for question 1");
  await expect(page.getByLabel("I am a carer or family member")).toBeChecked();
  await expect(group(1).getByLabel("Anything you want to tell us? (optional)")).toHaveValue("Staff ask what matters to me.");
  await expect(group(2).getByLabel("Not often")).toBeChecked();
  await expect(group(3).getByLabel("Never")).toBeChecked();
  await expect(group(4).getByLabel("Always")).toBeChecked();
  await expect(group(5).getByLabel("I don't know")).toBeChecked();
  await expect(group(6).getByLabel("Sometimes")).toBeChecked();
  await expectAccessible(page);

  // The error summary comes first after the skip link; its link leads to question 1.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(errorSummary(page).getByRole("link", { name: /Choose an answer for question 1/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#answer-1-1$/);
  // Wherever the browser puts focus after following the link, Tab from there stays in question 1.
  if ((await focusedId(page)) !== "answer-1-1") await tabUntil(page, async () => (await focusedId(page)).startsWith("answer-1-"), 3);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(group(1).getByRole("radio", { checked: true })).toHaveCount(1);

  await tabUntil(page, async () => (await page.evaluate(() => document.activeElement?.tagName)) === "BUTTON");
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  await expect(page).toHaveURL(/\/feedback\/hrbr7k2m\/thanks$/);
  await expect(page.getByText("Your answers have been sent.")).toBeVisible();
  await expectAccessible(page);

  await page.goto(FORM);
  await expect(page.getByRole("heading", { level: 1, name: "You have already answered" })).toBeVisible();
  await expect(page.getByText("You have already answered. Thank you — each person can answer once.")).toBeVisible();
  await expectAccessible(page);
});

test("nothing overflows sideways on a 320 px wide phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(FORM);
  await noHorizontalOverflow(page);
  // A radio's touch target is the whole row, at least 44 px high.
  const row = await page.locator('label[for="answer-1-1"]').boundingBox();
  expect(row?.height ?? 0).toBeGreaterThanOrEqual(44);
  expect((row?.x ?? 0) + (row?.width ?? 0)).toBeLessThanOrEqual(320);

  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await noHorizontalOverflow(page);
  await context.close();
});

test("nothing overflows sideways at 200% zoom", async ({ browser }) => {
  // A 1280 px wide window zoomed to 200% lays the page out 640 CSS pixels wide at twice the density.
  const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(FORM);
  await noHorizontalOverflow(page);
  await expect(page.getByRole("button", { name: "Send my answers" })).toBeVisible();
  await context.close();

  // And with the text itself doubled, as text-only zoom does.
  const wide = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const zoomed = await wide.newPage();
  await zoomed.goto(FORM);
  await zoomed.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  await noHorizontalOverflow(zoomed);
  await wide.close();
});
