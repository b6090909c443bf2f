import { describe, expect, it } from "vitest";
import { authenticateWithMagicLink, authenticateWithPassword } from "@/lib/auth/authenticate";
import { requestMagicLink } from "@/lib/auth/magic-link";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-data";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();

function tokenFrom(text: string): string {
  const match = /token=([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error("No sign-in link in the email");
  return match[1];
}

describe("password sign-in", () => {
  it.each(DEMO_ACCOUNTS.map((a) => a.email))("signs in %s with the demo password", async (email) => {
    const result = await authenticateWithPassword({ email, password: DEMO_PASSWORD }, "10.0.0.1");
    expect(result.ok && result.user.email).toBe(email);
  });

  it("ignores the case and spaces of the email address", async () => {
    const result = await authenticateWithPassword({ email: "  Commissioner@Demo.TEST ", password: DEMO_PASSWORD }, "10.0.0.2");
    expect(result.ok).toBe(true);
  });

  it("refuses a wrong password and an unknown account with the same answer", async () => {
    const wrong = await authenticateWithPassword({ email: "member@elm-house.demo.test", password: "nope" }, "10.0.0.3");
    const unknown = await authenticateWithPassword({ email: "nobody@demo.test", password: "nope" }, "10.0.0.3");
    expect(wrong).toEqual({ ok: false, code: "INVALID_CREDENTIALS" });
    expect(unknown).toEqual(wrong);
  });

  it("rejects malformed input without touching the database", async () => {
    expect(await authenticateWithPassword({ email: "not an email", password: "" }, "10.0.0.4")).toEqual({ ok: false, code: "INVALID_INPUT" });
    expect(await authenticateWithPassword(null, "10.0.0.4")).toEqual({ ok: false, code: "INVALID_INPUT" });
  });

  it("blocks an account after five failures, even with the right password", async () => {
    const email = "member@harbour-recovery.demo.test";
    for (let i = 0; i < 5; i++) await authenticateWithPassword({ email, password: `wrong-${i}` }, `10.1.0.${i}`);
    expect(await authenticateWithPassword({ email, password: DEMO_PASSWORD }, "10.1.1.1")).toEqual({ ok: false, code: "TOO_MANY_ATTEMPTS" });
  });

  it("blocks an address that tries many accounts", async () => {
    for (let i = 0; i < 30; i++) await authenticateWithPassword({ email: `guess${i}@demo.test`, password: "x" }, "10.2.0.1");
    expect(await authenticateWithPassword({ email: "admin@elm-house.demo.test", password: DEMO_PASSWORD }, "10.2.0.1")).toEqual({ ok: false, code: "TOO_MANY_ATTEMPTS" });
    expect((await authenticateWithPassword({ email: "admin@elm-house.demo.test", password: DEMO_PASSWORD }, "10.2.0.2")).ok).toBe(true);
  });
});

describe("email sign-in links", () => {
  it("emails a link that signs in once", async () => {
    expect(await requestMagicLink("assessor.two@demo.test", "10.3.0.1")).toEqual({ status: "sent" });
    const email = await app.prisma.outboxEmail.findFirstOrThrow({ where: { to: "assessor.two@demo.test" }, orderBy: { createdAt: "desc" } });
    const token = tokenFrom(email.text);
    const first = await authenticateWithMagicLink({ token });
    expect(first.ok && first.user.email).toBe("assessor.two@demo.test");
    expect(await authenticateWithMagicLink({ token })).toEqual({ ok: false, code: "LINK_INVALID" });
  });

  it("stores only a hash of the token", async () => {
    await requestMagicLink("assessor.one@demo.test", "10.3.0.2");
    const email = await app.prisma.outboxEmail.findFirstOrThrow({ where: { to: "assessor.one@demo.test" }, orderBy: { createdAt: "desc" } });
    const token = tokenFrom(email.text);
    expect(await app.prisma.magicLinkToken.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("refuses an expired link", async () => {
    await requestMagicLink("admin@northside-mind.demo.test", "10.3.0.3");
    const email = await app.prisma.outboxEmail.findFirstOrThrow({ where: { to: "admin@northside-mind.demo.test" }, orderBy: { createdAt: "desc" } });
    await app.prisma.magicLinkToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authenticateWithMagicLink({ token: tokenFrom(email.text) })).toEqual({ ok: false, code: "LINK_INVALID" });
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    expect(await requestMagicLink("stranger@demo.test", "10.3.0.4")).toEqual({ status: "sent" });
    expect(await app.prisma.outboxEmail.count({ where: { to: "stranger@demo.test" } })).toBe(0);
  });

  it("limits how many links one address can ask for", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await requestMagicLink("member@northside-mind.demo.test", `10.4.0.${i}`));
    expect(results.map((r) => r.status)).toEqual(["sent", "sent", "sent", "throttled"]);
  });
});
