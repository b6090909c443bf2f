import { describe, expect, it } from "vitest";
import { homePathFor } from "@/lib/auth/home-path";
import { navigationFor } from "@/lib/auth/navigation";

describe("homePathFor", () => {
  it.each([
    ["SCHEME_ADMIN", "/admin"],
    ["ASSESSOR", "/assessor"],
    ["COMMISSIONER", "/commissioner"],
    ["ORG_ADMIN", "/organisations/elm-house"],
    ["ORG_MEMBER", "/organisations/elm-house"],
  ] as const)("sends a %s to %s", (role, path) => {
    expect(homePathFor([{ role, organisationSlug: "elm-house" }])).toBe(path);
  });

  it("sends someone without memberships to the no-access page", () => {
    expect(homePathFor([])).toBe("/no-access");
  });

  it("prefers the scheme-wide role when someone holds several", () => {
    expect(homePathFor([{ role: "ORG_MEMBER", organisationSlug: "elm-house" }, { role: "ASSESSOR", organisationSlug: "scheme" }])).toBe("/assessor");
  });
});

describe("navigationFor", () => {
  it("lists one link per area and none twice", () => {
    const links = navigationFor([
      { role: "ORG_ADMIN", organisationSlug: "elm-house", organisationName: "Elm House" },
      { role: "SCHEME_ADMIN", organisationSlug: "scheme", organisationName: "Scheme" },
    ]);
    expect(links).toEqual([
      { href: "/organisations/elm-house", label: "Elm House" },
      { href: "/admin", label: "Scheme administration" },
    ]);
  });
});
