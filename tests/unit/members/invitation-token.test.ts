import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  createInvitationToken,
  hashInvitationToken,
  invitationExpiry,
  invitationStatus,
  isInvitationTokenShaped,
} from "@/lib/members/invitation-token";

describe("invitation tokens", () => {
  it("are 43 url-safe characters (32 random bytes) with their SHA-256 alongside", () => {
    const { token, tokenHash } = createInvitationToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(tokenHash).not.toContain(token);
  });

  it("are different every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => createInvitationToken().token));
    expect(tokens.size).toBe(200);
  });

  it("hash the same way every time, and differently for different tokens", () => {
    const { token } = createInvitationToken();
    expect(hashInvitationToken(token)).toBe(hashInvitationToken(token));
    expect(hashInvitationToken(token)).not.toBe(hashInvitationToken(`${token.slice(1)}A`));
  });

  it.each(["", "short", "x".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`, "../../etc/passwd"])("rejects %j as a token", (value) => {
    expect(isInvitationTokenShaped(value)).toBe(false);
  });

  it("accepts a token it made", () => {
    expect(isInvitationTokenShaped(createInvitationToken().token)).toBe(true);
  });

  it("expires seven days after it is sent", () => {
    const sent = new Date("2026-03-01T10:00:00Z");
    expect(invitationExpiry(sent).toISOString()).toBe("2026-03-08T10:00:00.000Z");
  });
});

describe("invitation status", () => {
  const now = new Date("2026-03-05T12:00:00Z");
  const future = new Date("2026-03-08T12:00:00Z");
  const past = new Date("2026-03-04T12:00:00Z");

  it("is pending until used, cancelled or expired", () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: future }, now)).toBe("pending");
  });

  it("is expired at the very moment it expires", () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("expired");
  });

  it("says what happened rather than that it expired", () => {
    expect(invitationStatus({ acceptedAt: past, revokedAt: null, expiresAt: past }, now)).toBe("accepted");
    expect(invitationStatus({ acceptedAt: null, revokedAt: past, expiresAt: past }, now)).toBe("cancelled");
  });
});
