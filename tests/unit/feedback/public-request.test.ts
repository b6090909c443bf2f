import { describe, expect, it } from "vitest";
import { FEEDBACK_COOKIE, browserCookie, hashBrowserToken, newBrowserToken, readBrowserToken } from "@/lib/feedback/public-browser";
import { isSameSitePost, readFormBody } from "@/lib/feedback/public-request";

const post = (headers: Record<string, string>, body?: string) => new Request("http://localhost:3000/feedback/hrbr7k2m", { method: "POST", headers, ...(body === undefined ? {} : { body }) });

describe("the cross-site check", () => {
  it("accepts a post whose Origin is this host", () => {
    expect(isSameSitePost(post({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(true);
  });

  it("accepts the public address behind a proxy", () => {
    expect(isSameSitePost(post({ host: "10.0.0.5:3000", origin: "https://cqm.example.org" }), "https://cqm.example.org")).toBe(true);
    expect(isSameSitePost(post({ host: "10.0.0.5:3000", "x-forwarded-host": "cqm.example.org", origin: "https://cqm.example.org" }))).toBe(true);
  });

  it("refuses another site, a null origin and nonsense", () => {
    expect(isSameSitePost(post({ host: "localhost:3000", origin: "https://evil.example" }))).toBe(false);
    expect(isSameSitePost(post({ host: "localhost:3000", origin: "null" }))).toBe(false);
    expect(isSameSitePost(post({ host: "localhost:3000", origin: "not a url" }))).toBe(false);
  });

  it("falls back on Sec-Fetch-Site, then the Referer, when there is no Origin", () => {
    expect(isSameSitePost(post({ host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameSitePost(post({ host: "localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameSitePost(post({ host: "localhost:3000", referer: "https://evil.example/page" }))).toBe(false);
    expect(isSameSitePost(post({ host: "localhost:3000", referer: "http://localhost:3000/feedback/hrbr7k2m" }))).toBe(true);
  });

  it("lets an old browser that sends none of those through, rather than refuse a real person", () => {
    expect(isSameSitePost(post({ host: "localhost:3000" }))).toBe(true);
  });
});

describe("reading the form body", () => {
  const form = { "content-type": "application/x-www-form-urlencoded" };

  it("reads an urlencoded form", async () => {
    const body = await readFormBody(post(form, "answer-1=5&comment-1=caf%C3%A9+ok"));
    expect(body.kind === "OK" && body.form.get("comment-1")).toBe("café ok");
  });

  it("stops at the size limit, declared or not", async () => {
    expect((await readFormBody(post({ ...form, "content-length": "999999" }, "a=1"))).kind).toBe("TOO_LARGE");
    expect((await readFormBody(post(form, "a=" + "x".repeat(200)), 100)).kind).toBe("TOO_LARGE");
  });

  it("reads any other kind of body as an empty form", async () => {
    const body = await readFormBody(post({ "content-type": "application/json" }, '{"answer-1":"5"}'));
    expect(body.kind === "OK" && [...body.form.keys()]).toEqual([]);
  });
});

describe("the browser cookie", () => {
  it("is 256 random bits, kept only as its SHA-256", () => {
    const token = newBrowserToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newBrowserToken()).not.toBe(token);
    expect(hashBrowserToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is read back only when it is one of ours", () => {
    const token = newBrowserToken();
    const withCookie = (cookie: string) => new Request("http://localhost/feedback/x", { headers: { cookie } });
    expect(readBrowserToken(withCookie(`other=1; ${FEEDBACK_COOKIE}=${token}`))).toBe(token);
    expect(readBrowserToken(withCookie(`${FEEDBACK_COOKIE}=short`))).toBeNull();
    expect(readBrowserToken(withCookie(""))).toBeNull();
  });

  it("belongs to its round's pages only, lasts a year, and is hidden from scripts and other sites", () => {
    expect(browserCookie("hrbr7k2m", "T", true)).toBe("cqm_feedback=T; Path=/feedback/hrbr7k2m; Max-Age=31536000; HttpOnly; SameSite=Lax; Secure");
    expect(browserCookie("hrbr7k2m", "T", false)).not.toContain("Secure");
  });
});
