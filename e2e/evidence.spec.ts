import { expect, test, type Page } from "@playwright/test";
import { errorSummary, expectAccessible, signIn } from "./support/helpers";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", "latin1");

async function fillCommonFields(page: Page, fields: { title: string; type: string; source: string; date?: [string, string, string] }) {
  await page.getByLabel("Title", { exact: true }).fill(fields.title);
  const [day, month, year] = fields.date ?? ["12", "3", "2026"];
  await page.getByLabel("Day", { exact: true }).fill(day);
  await page.getByLabel("Month", { exact: true }).fill(month);
  await page.getByLabel("Year", { exact: true }).fill(year);
  await page.getByLabel(fields.type, { exact: true }).check();
  await page.getByLabel(fields.source, { exact: true }).check();
}

async function addFile(page: Page, slug: string, title: string, file: { name: string; buffer: Buffer; mimeType: string }) {
  await page.goto(`/organisations/${slug}/evidence/new`);
  await page.getByLabel("A file").check();
  await page.getByLabel("Upload a file").setInputFiles(file);
  await fillCommonFields(page, { title, type: "Meeting minutes", source: "People who use the service" });
  await page.getByRole("button", { name: "Add evidence" }).click();
}

test("an organisation member uploads, links, changes, deletes and restores evidence", async ({ page }) => {
  // One journey through every evidence page, with an accessibility check on each.
  test.setTimeout(90_000);
  await signIn(page, "member@northside-mind.demo.test");
  await page.goto("/organisations/northside-mind/evidence");
  await expect(page.getByRole("heading", { level: 1, name: "Evidence" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Add evidence", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add evidence" })).toBeVisible();
  await expectAccessible(page);

  // An empty file, then a picture pretending to be a PDF: each refused with its own message.
  await page.getByLabel("A file").check();
  await page.getByLabel("Upload a file").setInputFiles({ name: "minutes.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  await fillCommonFields(page, { title: "Peer panel minutes, March 2026", type: "Meeting minutes", source: "People who use the service" });
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page)).toContainText("The selected file is empty");
  await expectAccessible(page);

  await page.getByLabel("Upload a file").setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: PNG });
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(errorSummary(page)).toContainText("The selected file is called report.pdf but it is a PNG image");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Peer panel minutes, March 2026");
  await expectAccessible(page);

  await page.getByLabel("Upload a file").setInputFiles({ name: "peer-panel-minutes.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByText("Statement 1: I am more than a mental health diagnosis").click();
  await page.getByRole("checkbox", { name: /^1\.2\.a/ }).check();
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page).toHaveURL(/\/evidence\/[a-z0-9]+\?added=1$/);
  await expect(page.getByText("Evidence added")).toBeVisible();
  await expect(page.getByText("1.2.a", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // The download is the same bytes, as an attachment that browsers must not sniff or cache.
  const download = page.getByRole("link", { name: /Download peer-panel-minutes\.pdf/ });
  const response = await page.request.get((await download.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({
    "content-type": "application/pdf",
    "content-disposition": expect.stringMatching(/^attachment; filename="peer-panel-minutes\.pdf"/),
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  expect((await response.body()).equals(PDF)).toBe(true);
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toBe("peer-panel-minutes.pdf");

  await page.getByRole("link", { name: "Change this evidence" }).click();
  await expectAccessible(page);
  await page.getByLabel("Title", { exact: true }).fill("Peer panel minutes, 12 March 2026");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Peer panel minutes, 12 March 2026" })).toBeVisible();

  await page.getByRole("link", { name: "See the history of changes" }).click();
  await expect(page.getByText("Title: from ‘Peer panel minutes, March 2026’ to ‘Peer panel minutes, 12 March 2026’")).toBeVisible();
  await expect(page.getByText("Linked to criterion 1.2.a")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Back to the evidence" }).click();
  await page.getByRole("button", { name: "Delete this evidence" }).click();
  await expect(page.getByText("You deleted ‘Peer panel minutes, 12 March 2026’")).toBeVisible();
  await expect(page.getByRole("link", { name: "Peer panel minutes, 12 March 2026" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Evidence restored")).toBeVisible();

  // Deleted again, it waits in "Recently deleted" with its own Undo.
  await page.getByRole("button", { name: "Delete this evidence" }).click();
  await page.getByRole("link", { name: "Recently deleted evidence" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Undo: restore ‘Peer panel minutes, 12 March 2026’" }).click();
  await expect(page.getByText("Evidence restored")).toBeVisible();
});

test("a written account about a named person needs their consent, and works from the keyboard", async ({ page }) => {
  await signIn(page, "admin@harbour-recovery.demo.test");
  await page.goto("/organisations/harbour-recovery/evidence/new");
  // Keyboard only: arrow keys move through the kinds and reveal the chosen one's field.
  await page.getByLabel("A file").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("A written account")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("The account")).toBeFocused();
  await page.keyboard.type("Jo said the lift to the liver clinic meant she finally went.");

  await fillCommonFields(page, { title: "Jo's story", type: "Story", source: "People who use the service", date: ["31", "2", "2026"] });
  await page.getByLabel("Yes", { exact: true }).check();
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page)).toContainText("The date of the evidence must be a real date");
  await expect(errorSummary(page)).toContainText("Confirm that the person agreed to this being kept as evidence");
  await expectAccessible(page);

  await page.getByLabel("Day", { exact: true }).fill("28");
  await page.getByLabel("The person agreed to this being kept and shared as evidence").check();
  await page.getByLabel("How their agreement was recorded (optional)").fill("Signed consent form, in Jo's file");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByText("Evidence added")).toBeVisible();
  await expect(page.getByText("Yes. The person agreed to it being kept as evidence. How this was recorded: Signed consent form, in Jo's file")).toBeVisible();
});

test("a save from an out-of-date form is refused, and what was typed comes back", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, "admin@northside-mind.demo.test");
  await page.goto("/organisations/northside-mind/evidence/new");
  await page.getByLabel("A written account").check();
  await page.getByLabel("The account").fill("Members chose the questions for the interviews.");
  await fillCommonFields(page, { title: "Interview questions", type: "Observation", source: "People who use the service" });
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByText("Evidence added")).toBeVisible();
  const editPath = `${new URL(page.url()).pathname}/edit`;

  await page.goto(editPath);
  const colleague = await page.context().newPage();
  await colleague.goto(editPath);
  await colleague.getByLabel("Title", { exact: true }).fill("Interview questions (colleague)");
  await colleague.getByRole("button", { name: "Save changes" }).click();
  await expect(colleague.getByText("Changes saved")).toBeVisible();
  await colleague.close();

  await page.getByLabel("Title", { exact: true }).fill("Interview questions written by members");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(errorSummary(page)).toContainText("Someone else changed this evidence");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Interview questions written by members");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Open the latest version", exact: true }).click();
  await expect(page.getByText("We have put back what you typed before")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Interview questions written by members");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Interview questions written by members" })).toBeVisible();
});

test("another organisation's evidence is not found", async ({ browser, page }) => {
  const owner = await browser.newPage();
  await signIn(owner, "admin@elm-house.demo.test");
  await addFile(owner, "elm-house", "Residents' meeting notes", { name: "residents.txt", mimeType: "text/plain", buffer: Buffer.from("Six residents came.\n") });
  await expect(owner.getByText("Evidence added")).toBeVisible();
  const id = owner.url().match(/\/evidence\/([a-z0-9]+)\?/)?.[1];
  expect(id).toBeTruthy();
  await owner.close();

  await signIn(page, "admin@northside-mind.demo.test");
  for (const path of [`/organisations/elm-house/evidence/${id}`, `/organisations/elm-house/evidence/${id}/edit`, `/organisations/elm-house/evidence/${id}/history`, `/organisations/northside-mind/evidence/${id}`, "/organisations/elm-house/evidence", "/organisations/elm-house/evidence/deleted"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText("Residents' meeting notes")).toHaveCount(0);
  }
  for (const path of [`/api/organisations/elm-house/evidence/${id}/file`, `/api/organisations/northside-mind/evidence/${id}/file`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain("Six residents");
  }
});
