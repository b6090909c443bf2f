import { expect, test, type Locator, type Page } from "@playwright/test";
import { errorSummary, expectAccessible, signIn } from "./support/helpers";

// Each test uses its own statement or organisation, and finds links by name, so the tests hold
// whether or not the demo plan is loaded and in whatever order they run.

const PLAN = "/organisations/northside-mind/plan";
const unique = (label: string) => `${label} ${Date.now().toString(36)}`;

/** Opens a statement's ladder form from the plan, whether the plan is empty or already started. */
async function openLadderForm(page: Page, statement: number) {
  await page.getByRole("link", { name: new RegExp(`^(Start with statement ${statement}|(Set|Change) where you are on the ladder for statement ${statement})$`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Where are you on the ladder?" })).toBeVisible();
}

async function fillAction(page: Page, action: { description: string; owner: string; day: string; month: string; year: string }) {
  await page.getByLabel("What will you do?").fill(action.description);
  await page.getByLabel("Who will make sure it happens?").fill(action.owner);
  await page.getByLabel("Day").fill(action.day);
  await page.getByLabel("Month").fill(action.month);
  await page.getByLabel("Year").fill(action.year);
}

/** Presses Tab until `target` has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, limit = 150) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Could not reach the element with the Tab key");
}

test("a member places a statement on the ladder, after being told the target cannot be below today", async ({ page }) => {
  await signIn(page, "member@northside-mind.demo.test");
  await page.goto(PLAN);
  await expect(page.getByRole("heading", { level: 1, name: "Improvement plan" })).toBeVisible();
  await expectAccessible(page);

  await openLadderForm(page, 4);
  await expectAccessible(page);
  await page.getByRole("group", { name: /Where are you on the ladder today/ }).getByLabel("Co-design", { exact: true }).check();
  await page.getByRole("group", { name: "Where do you want to be?" }).getByLabel("Informing", { exact: true }).check();
  await page.getByRole("button", { name: "Save where you are on the ladder" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page)).toContainText("Where you want to be cannot be lower than where you are now (Co-design)");
  await expectAccessible(page);
  await page.getByRole("group", { name: "Where do you want to be?" }).getByLabel("Co-production", { exact: true }).check();
  await page.getByRole("button", { name: "Save where you are on the ladder" }).click();
  await expect(page.getByRole("status")).toContainText("Where you are on the ladder for statement 4 has been saved.");
  const statement4 = page.getByRole("region", { name: "Statement 4" });
  await expect(statement4.getByText(/^Co-design: people help design services/)).toBeVisible();
  await expect(statement4.getByText(/^Co-production: people who use services and staff/)).toBeVisible();
  await expect(statement4.getByRole("list", { name: /ladder of co-production for statement 4/ }).getByRole("listitem")).toHaveCount(7);
  await expectAccessible(page);
});

test("a member adds an action after fixing mistakes, changes it and marks it done", async ({ page }) => {
  // Several accessibility scans on a shared build machine: allow more than the default time.
  test.slow();
  await signIn(page, "member@northside-mind.demo.test");
  await page.goto(`${PLAN}/statements/4/actions/new`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(errorSummary(page)).toBeFocused();
  for (const message of ["Enter what you will do", "Enter the name of the person who will make sure it happens", "Enter the due date"]) {
    await expect(errorSummary(page)).toContainText(message);
  }
  await expectAccessible(page);

  const description = unique("Ask our peer group to help plan the drug and alcohol drop-in");
  await fillAction(page, { description, owner: "Liam Walsh", day: "31", month: "2", year: "2030" });
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(errorSummary(page)).toContainText("Due date must be a real date");
  await expect(page.getByLabel("What will you do?")).toHaveValue(description);
  await expectAccessible(page);
  await page.getByLabel("Day").fill("28");
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(page.getByRole("status")).toContainText("Your action has been added to statement 4.");
  await expect(page.getByRole("region", { name: "Statement 4" }).getByText(description, { exact: true })).toBeVisible();

  await page.getByRole("link", { name: `Change the action: ${description}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change an action" })).toBeVisible();
  await expect(page.getByLabel("What will you do?")).toHaveValue(description);
  await expectAccessible(page);
  await page.getByLabel("Who will make sure it happens?").fill("Grace Adeyemi");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toContainText("Your changes to the action have been saved.");
  const item = page.getByRole("listitem").filter({ hasText: description });
  await expect(item).toContainText("Owner: Grace Adeyemi");
  await expect(item).toContainText("28 February 2030");

  await item.getByRole("button", { name: `Mark as done: ${description}` }).click();
  await expect(page.getByRole("status")).toContainText("The action has been marked as done.");
  await expect(item.getByText("Done", { exact: true })).toBeVisible();
  await expect(item.getByRole("button", { name: `Reopen: ${description}` })).toBeVisible();
  await expectAccessible(page);
});

test("a member adds an action using only the keyboard", async ({ page }) => {
  await signIn(page, "member@harbour-recovery.demo.test");
  await page.goto("/organisations/harbour-recovery/plan");
  // An empty plan offers to start with a statement; a started one offers to add an action.
  const add = page.getByRole("link", { name: /^(Add an action to statement 6|Start with statement 6)$/ });
  await tabTo(page, add);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/plan\/statements\/6/);
  if ((await page.getByRole("heading", { level: 1 }).textContent())?.startsWith("Where are you")) {
    // Tab reaches the first radio of each group; the arrow keys choose within it.
    await tabTo(page, page.getByRole("group", { name: /Where are you on the ladder today/ }).getByLabel("Coercion", { exact: true }));
    for (let i = 0; i < 3; i += 1) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    for (let i = 0; i < 5; i += 1) await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("group", { name: "Where do you want to be?" }).getByLabel("Co-design", { exact: true })).toBeChecked();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("link", { name: "Add an action to statement 6" }));
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { level: 1, name: "Add an action to statement 6" })).toBeVisible();
  const description = unique("Ask people how they want their story shared with their GP");
  await tabTo(page, page.getByLabel("What will you do?"));
  await page.keyboard.type(description);
  for (const text of ["Aisha Rahman", "9", "4", "2030"]) {
    await page.keyboard.press("Tab");
    await page.keyboard.type(text);
  }
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Add action" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Your action has been added to statement 6.");
  await expect(page.getByRole("listitem").filter({ hasText: description })).toContainText("9 April 2030");
});

test("a save from an out-of-date page is refused, keeping what was typed, and the action is deleted after confirming", async ({ page, context }) => {
  test.slow();
  await signIn(page, "admin@elm-house.demo.test");
  await page.goto("/organisations/elm-house/plan/statements/3/actions/new");
  const description = unique("Ask residents to co-write the house rules");
  await fillAction(page, { description, owner: "Sunita Patel", day: "1", month: "6", year: "2030" });
  await page.getByRole("button", { name: "Add action" }).click();
  await page.getByRole("link", { name: `Change the action: ${description}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change an action" })).toBeVisible();
  const editUrl = page.url();

  // A colleague (same account, another tab) changes the action first.
  const colleague = await context.newPage();
  await colleague.goto(editUrl);
  await colleague.getByLabel("Who will make sure it happens?").fill("Owen Price");
  await colleague.getByRole("button", { name: "Save changes" }).click();
  await expect(colleague.getByRole("status")).toContainText("Your changes to the action have been saved.");
  await colleague.close();

  const mine = `${description}, with the residents' meeting`;
  await page.getByLabel("What will you do?").fill(mine);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(errorSummary(page)).toContainText("Someone else changed this action after you opened it");
  await expect(page.getByRole("region", { name: "What is saved now" })).toContainText("Owen Price");
  await expect(page.getByLabel("What will you do?")).toHaveValue(mine);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toContainText("Your changes to the action have been saved.");
  await expect(page.getByText(mine, { exact: true })).toBeVisible();

  // Typing, losing the page, then a colleague's save: the restored draft is still checked.
  await page.goto(editUrl);
  const draft = `${mine}, typed before the page was lost`;
  await page.getByLabel("What will you do?").fill(draft);
  await expect.poll(() => page.evaluate(() => Object.keys(sessionStorage).some((k) => sessionStorage.getItem(k)?.includes("typed before")))).toBe(true);
  const other = await context.newPage();
  await other.goto(editUrl);
  await other.getByLabel("Who will make sure it happens?").fill("Owen Price");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByRole("status")).toContainText("Your changes to the action have been saved.");
  await other.close();
  await page.reload();
  await expect(page.getByText("We have put back what you typed before")).toBeVisible();
  await expect(page.getByLabel("What will you do?")).toHaveValue(draft);
  await expect(page.getByRole("region", { name: "What is saved now" })).toContainText("Owen Price");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(errorSummary(page)).toContainText("Someone else changed this action after you opened it");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toContainText("Your changes to the action have been saved.");
  await expect(page.getByText(draft, { exact: true })).toBeVisible();

  await page.goto(editUrl);
  await page.getByRole("link", { name: "Delete this action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Are you sure you want to delete this action?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, delete this action" }).click();
  await expect(page.getByRole("status")).toContainText("The action has been deleted.");
  await expect(page.getByText(mine)).toHaveCount(0);
  expect((await page.goto(editUrl))?.status()).toBe(404);
});

test("another organisation's plan, statements and actions are not found", async ({ page }) => {
  await signIn(page, "admin@elm-house.demo.test");
  await page.goto("/organisations/elm-house/plan/statements/2/actions/new");
  const description = unique("Elm House only");
  await fillAction(page, { description, owner: "Sunita Patel", day: "1", month: "6", year: "2030" });
  await page.getByRole("button", { name: "Add action" }).click();
  await page.getByRole("link", { name: `Change the action: ${description}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change an action" })).toBeVisible();
  const actionId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  expect(actionId).toMatch(/^c[a-z0-9]{20,}$/);
  await page.context().clearCookies();

  await signIn(page, "member@northside-mind.demo.test");
  const paths = [
    "/organisations/elm-house/plan",
    "/organisations/elm-house/plan/statements/2",
    "/organisations/elm-house/plan/statements/2/actions/new",
    `/organisations/elm-house/plan/actions/${actionId}`,
    `/organisations/elm-house/plan/actions/${actionId}/delete`,
    `/organisations/northside-mind/plan/actions/${actionId}`,
    `/organisations/northside-mind/plan/actions/${actionId}/delete`,
    "/organisations/northside-mind/plan/statements/7",
  ];
  for (const path of paths) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText(description)).toHaveCount(0);
  }
});

test("a scheme admin reads a provider's plan without ways to change it; a commissioner cannot see it", async ({ page }) => {
  await signIn(page, "scheme.admin@demo.test");
  await page.goto("/organisations/harbour-recovery/plan");
  await expect(page.getByRole("heading", { level: 1, name: "Improvement plan" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Add an action|where you are on the ladder|Start with statement|Change the action/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Mark as done|Reopen/ })).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.goto("/organisations/harbour-recovery/plan/statements/1"))?.status()).toBe(404);
  await page.context().clearCookies();

  await signIn(page, "commissioner@demo.test");
  expect((await page.goto("/organisations/harbour-recovery/plan"))?.status()).toBe(404);
});
