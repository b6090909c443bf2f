// Zod schemas shared by the members forms (in the browser) and the services (on the server).
import { z } from "zod";

/** Roles someone can be invited to, or moved between, in a provider organisation. */
export const INVITABLE_ROLES = ["ORG_ADMIN", "ORG_MEMBER"] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export const ROLE_HINTS: Record<InvitableRole, string> = {
  ORG_ADMIN: "Can do everything a member can, and also invite and remove people, change their roles, change the organisation's details and request an assessment.",
  ORG_MEMBER: "Can self-assess, add and link evidence, and work on the improvement plan.",
};

export const PASSWORD_MIN_LENGTH = 12;

const role = z.enum(INVITABLE_ROLES, { error: "Choose a role" });

export const inviteMemberSchema = z.object({
  email: z
    .string({ error: "Enter their email address" })
    .trim()
    .min(1, "Enter their email address")
    .max(254, "Email address must be 254 characters or fewer")
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.org" }))
    // Accounts are stored lower-cased, so invitations are too: the same person, however typed.
    .transform((email) => email.toLowerCase()),
  role,
});

export const changeRoleSchema = z.object({ role });

export const newAccountSchema = z
  .object({
    name: z.string({ error: "Enter your full name" }).trim().min(1, "Enter your full name").max(120, "Name must be 120 characters or fewer"),
    password: z
      .string({ error: "Enter a password" })
      .min(1, "Enter a password")
      .min(PASSWORD_MIN_LENGTH, `Password must be ${PASSWORD_MIN_LENGTH} characters or more`)
      .max(200, "Password must be 200 characters or fewer"),
    confirmPassword: z.string({ error: "Enter your password again" }).min(1, "Enter your password again"),
  })
  .refine((values) => values.password === values.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match. Enter the same password twice." });

export type InviteMemberInput = z.input<typeof inviteMemberSchema>;
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;
export type NewAccountInput = z.input<typeof newAccountSchema>;
