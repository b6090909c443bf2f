import { describe, expect, it } from "vitest";
import { parseWith, registerFiltersSchema, registerPageSchema, registerSearchParams } from "@/lib/register/register-query";

describe("reading the register's query parameters", () => {
  it("defaults to everyone, by name, page 1", () => {
    expect(parseWith(registerPageSchema, new URLSearchParams())).toEqual({ ok: true, value: { sort: "name", page: 1 } });
  });

  it("reads every filter and treats blank text as no filter", () => {
    const parsed = parseWith(registerPageSchema, { q: "  mind ", level: "not-yet", area: " ", service: "Peer support", expiringSoon: "true", sort: "expiry", page: "3" });
    expect(parsed).toEqual({ ok: true, value: { q: "mind", level: "not-yet", service: "Peer support", expiringSoon: true, sort: "expiry", page: 3 } });
  });

  it("treats the filter form's blank choices (any level, any area, any kind of service) as no filter", () => {
    expect(parseWith(registerPageSchema, new URLSearchParams("q=&level=&area=&service=&sort=name"))).toEqual({ ok: true, value: { sort: "name", page: 1 } });
  });

  it("takes the last value of a repeated parameter", () => {
    expect(parseWith(registerFiltersSchema, { level: ["1", "2"] })).toMatchObject({ ok: true, value: { level: "2" } });
  });

  it.each([
    [{ level: "4" }, "level", "level must be one of 1, 2, 3, not-yet, none"],
    [{ sort: "random" }, "sort", "sort must be one of name, level, expiry"],
    [{ expiringSoon: "yes" }, "expiringSoon", "expiringSoon must be true or false"],
    [{ page: "0" }, "page", "page must be 1 or more"],
    [{ page: "two" }, "page", "page must be a whole number"],
    [{ page: "1.5" }, "page", "page must be a whole number"],
    [{ page: "99999999" }, "page", "page must be 10000 or less"],
    [{ service: "Dentistry" }, "service", "service must be one of the kinds of service listed in the API description"],
    [{ q: "x".repeat(101) }, "q", "Search must be 100 characters or fewer"],
  ])("refuses %o, naming the parameter", (input, param, message) => {
    expect(parseWith(registerPageSchema, input)).toEqual({ ok: false, problems: [{ param, message }] });
  });

  it("writes back only what differs from the defaults", () => {
    expect(registerSearchParams({ sort: "name", page: 1 }).toString()).toBe("");
    expect(registerSearchParams({ q: "a&b", level: "2", expiringSoon: true, sort: "level", page: 2 }).toString()).toBe("q=a%26b&level=2&expiringSoon=true&sort=level&page=2");
  });
});
