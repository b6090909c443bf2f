import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, errorSummary, expectAccessible, signIn } from "./support/helpers";

const MEMBERS = "/organisations/northside-mind/members";
const PASSWORD = "four random words here";

/** The newest invitation link emailed to `to`, read by the scheme admin from the outbox. */
async function invitationLink(browser: Browser, to: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "scheme.admin@demo.test");
  await page.goto("/admin/outbox");
  const email = page.getByRole("article").filter({ hasText: `To ${to}` }).first();
  const link = /https?:\/\/\S+\/invitations\/[\w-]{43}/.exec((await email.textContent()) ?? "")?.[0];
  await context.close();
  expect(link, `an invitation email to ${to}`).toBeTruthy();
  return link!;
}

async function invite(page: Page, email: string) {
  await page.goto(`${MEMBERS}/invite`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toContainText("Invitation sent");
}

test.describe.serial("inviting, joining, changing a role and removing", () => {
  const email = `robin.${Date.now()}@example.org`;
  let link = "";

  test("an organisation admin invites a new colleague, correcting the address first", async ({ page, browser }) => {
    await signIn(page, "admin@northside-mind.demo.test");
    await page.goto(MEMBERS);
    await expect(page.getByText("There are no invitations waiting to be accepted.")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Invite someone" }).click();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page)).toContainText("Enter their email address");
    await expectAccessible(page);
    await page.getByLabel("Email address").fill("robin at northside");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(errorSummary(page)).toContainText("Enter an email address in the correct format");
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Email address").fill(email);
    await page.getByRole("radio", { name: "Member", exact: true }).check();
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page).toHaveURL(new RegExp(`${MEMBERS}\\?done=invited$`));
    await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible();
    await expectAccessible(page);
    link = await invitationLink(browser, email);
  });

  test("the invitee chooses a name and password, fixing mistakes, and lands on the organisation", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Join Northside Mind" })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Full name").fill("Robin Example");
    await page.getByLabel("Create a password").fill("too short");
    await page.getByLabel("Enter the password again").fill("too short");
    await page.getByRole("button", { name: "Create account and join" }).click();
    await expect(errorSummary(page)).toContainText("Password must be 12 characters or more");
    await expectAccessible(page);

    await page.getByLabel("Create a password").fill(PASSWORD);
    await page.getByLabel("Enter the password again").fill(`${PASSWORD}!`);
    await page.getByRole("button", { name: "Create account and join" }).click();
    await expect(errorSummary(page)).toContainText("The passwords do not match");
    await expectAccessible(page);

    await page.getByLabel("Enter the password again").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account and join" }).click();
    await expect(page).toHaveURL(/\/organisations\/northside-mind$/);
    await expect(page.getByText("Signed in as")).toContainText("Robin Example");

    // The link works once only.
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This invitation has already been used" })).toBeVisible();
    await expectAccessible(page);
    await context.close();
  });

  test("the admin makes them an administrator, then removes them, and they lose access at once", async ({ page, browser }) => {
    await signIn(page, "admin@northside-mind.demo.test");
    await page.goto(MEMBERS);
    await page.getByRole("link", { name: "Change role of Robin Example" }).click();
    await expectAccessible(page);
    await page.getByRole("radio", { name: "Organisation administrator" }).check();
    await page.getByRole("button", { name: "Save role" }).click();
    await expect(page.getByRole("status")).toContainText("Role changed");
    await expect(page.getByRole("row", { name: /Robin Example/ })).toContainText("Organisation administrator");

    await page.getByRole("link", { name: "Remove Robin Example" }).click();
    await expect(page.getByRole("heading", { name: "Are you sure you want to remove Robin Example from Northside Mind?" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Yes, remove Robin Example" }).click();
    await expect(page.getByRole("status")).toContainText("They have been removed");
    await expect(page.getByRole("cell", { name: email, exact: true })).toHaveCount(0);

    const robin = await browser.newContext();
    const robinPage = await robin.newPage();
    await signIn(robinPage, email, PASSWORD);
    expect((await robinPage.goto("/organisations/northside-mind"))?.status()).toBe(404);
    await robin.close();
  });

  test("invited again, they sign in on the invitation page, after signing out of someone else's account", async ({ page, browser }) => {
    await signIn(page, "admin@northside-mind.demo.test");
    await invite(page, email);
    await page.getByRole("button", { name: `Resend invitation to ${email}` }).click();
    await expect(page.getByRole("status")).toContainText("Invitation sent again");
    const again = await invitationLink(browser, email);

    const context = await browser.newContext();
    const invitee = await context.newPage();
    await signIn(invitee, "member@elm-house.demo.test", DEMO_PASSWORD);
    await invitee.goto(again);
    await expect(invitee.getByText(`You are signed in as member@elm-house.demo.test, but this invitation is for ${email}`)).toBeVisible();
    await expectAccessible(invitee);
    await invitee.getByRole("button", { name: "Sign out and continue" }).click();

    await expect(invitee.getByRole("heading", { name: "Sign in to join" })).toBeVisible();
    await expect(invitee.getByLabel("Email address")).toHaveValue(email);
    await expectAccessible(invitee);
    await invitee.getByLabel("Password").fill(PASSWORD);
    await invitee.getByRole("button", { name: "Sign in" }).click();
    await expect(invitee.getByRole("button", { name: "Join Northside Mind" })).toBeVisible();
    await expectAccessible(invitee);
    await invitee.getByRole("button", { name: "Join Northside Mind" }).click();
    await expect(invitee).toHaveURL(/\/organisations\/northside-mind$/);
    await context.close();
  });
});

test("an admin cancels an invitation, and its link then says so", async ({ page, browser }) => {
  const email = `cancel.${Date.now()}@example.org`;
  await signIn(page, "admin@northside-mind.demo.test");
  await invite(page, email);
  const link = await invitationLink(browser, email);
  await page.getByRole("button", { name: `Cancel invitation to ${email}` }).click();
  await expect(page.getByRole("status")).toContainText("Invitation cancelled");
  await expect(page.getByRole("cell", { name: email, exact: true })).toHaveCount(0);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This invitation has been cancelled" })).toBeVisible();
  await expectAccessible(page);
});

test("the only administrator cannot step down, and is told why", async ({ page }) => {
  await signIn(page, "admin@elm-house.demo.test");
  await page.goto("/organisations/elm-house/members");
  await page.getByRole("link", { name: "Change role of Sunita Patel" }).click();
  await expect(page.getByText("You are the only administrator of Elm House")).toBeVisible();
  await page.getByRole("radio", { name: "Member", exact: true }).check();
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(errorSummary(page)).toContainText("You are the only administrator of Elm House");
  await expectAccessible(page);
});

test("a member sees the people but no way to manage them", async ({ page }) => {
  await signIn(page, "member@harbour-recovery.demo.test");
  await page.goto("/organisations/harbour-recovery/members");
  await expect(page.getByRole("cell", { name: "admin@harbour-recovery.demo.test" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Invite someone" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Change role|Remove/ })).toHaveCount(0);
  await expect(page.getByText("ask an administrator: Tom Gallagher")).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto("/organisations/harbour-recovery/members/invite"))?.status()).toBe(404);
});

test("a broken invitation link gets a kind page", async ({ page }) => {
  await page.goto("/invitations/not-a-real-invitation");
  await expect(page.getByRole("heading", { name: "This invitation link does not work" })).toBeVisible();
  await expectAccessible(page);
});

test("another organisation's people pages are not found", async ({ page, browser }) => {
  // A real change-role address from Elm House, tried by Northside Mind's admin.
  const elm = await browser.newContext();
  const elmPage = await elm.newPage();
  await signIn(elmPage, "admin@elm-house.demo.test");
  await elmPage.goto("/organisations/elm-house/members");
  const roleHref = await elmPage.getByRole("link", { name: "Change role of Owen Price" }).getAttribute("href");
  await elm.close();
  expect(roleHref).toMatch(/^\/organisations\/elm-house\/members\/\w+\/role$/);

  await signIn(page, "admin@northside-mind.demo.test");
  const crafted = roleHref!.replace("/elm-house/", "/northside-mind/");
  for (const path of ["/organisations/elm-house/members", "/organisations/elm-house/members/invite", roleHref!, roleHref!.replace(/role$/, "remove"), crafted]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText("Owen Price")).toHaveCount(0);
  }
});
