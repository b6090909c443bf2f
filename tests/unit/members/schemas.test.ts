import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changeRoleSchema, inviteMemberSchema, newAccountSchema } from "@/lib/members/schemas";

function fieldErrors(result: { success: boolean; error?: z.ZodError }): Record<string, string[] | undefined> {
  return result.error ? z.flattenError(result.error).fieldErrors : {};
}

describe("inviting someone", () => {
  it("lower-cases and trims the address", () => {
    expect(inviteMemberSchema.parse({ email: "  Sam.Jones@Example.ORG ", role: "ORG_MEMBER" })).toEqual({ email: "sam.jones@example.org", role: "ORG_MEMBER" });
  });

  it.each([
    ["", "Enter their email address"],
    ["   ", "Enter their email address"],
    ["sam at example", "Enter an email address in the correct format, like name@example.org"],
    [`${"a".repeat(250)}@x.org`, "Email address must be 254 characters or fewer"],
  ])("refuses the address %j", (email, message) => {
    expect(fieldErrors(inviteMemberSchema.safeParse({ email, role: "ORG_MEMBER" })).email?.[0]).toBe(message);
  });

  it.each(["SCHEME_ADMIN", "ASSESSOR", "COMMISSIONER", "", undefined, null])("only invites as an organisation admin or member, not %j", (role) => {
    expect(fieldErrors(inviteMemberSchema.safeParse({ email: "sam@example.org", role })).role).toEqual(["Choose a role"]);
  });
});

describe("changing a role", () => {
  it("accepts the two organisation roles", () => {
    expect(changeRoleSchema.parse({ role: "ORG_ADMIN" })).toEqual({ role: "ORG_ADMIN" });
    expect(changeRoleSchema.parse({ role: "ORG_MEMBER" })).toEqual({ role: "ORG_MEMBER" });
  });

  it("refuses anything else", () => {
    expect(changeRoleSchema.safeParse({ role: "SCHEME_ADMIN" }).success).toBe(false);
  });
});

describe("creating an account from an invitation", () => {
  const valid = { name: "  Sam Jones ", password: "correct horse battery", confirmPassword: "correct horse battery" };

  it("accepts a name and a password of 12 characters or more, entered twice", () => {
    expect(newAccountSchema.parse(valid)).toEqual({ ...valid, name: "Sam Jones" });
    expect(newAccountSchema.safeParse({ ...valid, password: "twelve-chars", confirmPassword: "twelve-chars" }).success).toBe(true);
  });

  it("asks for a name", () => {
    expect(fieldErrors(newAccountSchema.safeParse({ ...valid, name: "  " })).name).toEqual(["Enter your full name"]);
  });

  it("refuses a password shorter than 12 characters", () => {
    const errors = fieldErrors(newAccountSchema.safeParse({ ...valid, password: "eleven-char", confirmPassword: "eleven-char" }));
    expect(errors.password).toEqual(["Password must be 12 characters or more"]);
  });

  it("asks for a password when none is given", () => {
    expect(fieldErrors(newAccountSchema.safeParse({ ...valid, password: "", confirmPassword: "" })).password?.[0]).toBe("Enter a password");
  });

  it("says when the two passwords differ, beside the second", () => {
    const errors = fieldErrors(newAccountSchema.safeParse({ ...valid, confirmPassword: "correct horse battery!" }));
    expect(errors).toEqual({ confirmPassword: ["The passwords do not match. Enter the same password twice."] });
  });

  it("refuses a password over 200 characters", () => {
    const long = "x".repeat(201);
    expect(fieldErrors(newAccountSchema.safeParse({ ...valid, password: long, confirmPassword: long })).password).toEqual(["Password must be 200 characters or fewer"]);
  });
});
