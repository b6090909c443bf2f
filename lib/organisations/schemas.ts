import { z } from "zod";
import { SERVICE_KINDS } from "@/lib/organisations/service-kinds";

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} must be ${max} characters or fewer`).transform((v) => (v === "" ? null : v));

/** The organisation details its admin can change. Used by the form and the server action. */
export const organisationDetailsSchema = z.object({
  name: z.string().trim().min(2, "Enter the organisation's name").max(120, "Name must be 120 characters or fewer"),
  serviceType: optionalText(120, "Kind of service"),
  serviceKinds: z
    .array(z.enum(SERVICE_KINDS, { error: "Choose kinds of service from the list" }))
    .max(SERVICE_KINDS.length)
    .default([])
    .transform((kinds) => [...new Set(kinds)]),
  area: z.string().trim().min(2, "Enter the area or locality the organisation works in").max(120, "Area must be 120 characters or fewer"),
  contactName: optionalText(120, "Contact name"),
  contactEmail: z
    .string()
    .trim()
    .max(254, "Email address must be 254 characters or fewer")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Enter an email address in the correct format, like name@example.org")
    .transform((v) => (v === "" ? null : v.toLowerCase())),
  contactPhone: z
    .string()
    .trim()
    .max(30, "Phone number must be 30 characters or fewer")
    .refine((v) => v === "" || /^[+()0-9 -]{6,30}$/.test(v), "Enter a phone number using digits, spaces and + ( ) - only, like 0113 496 0000")
    .transform((v) => (v === "" ? null : v)),
});

export type OrganisationDetailsInput = z.input<typeof organisationDetailsSchema>;
export type OrganisationDetails = z.output<typeof organisationDetailsSchema>;
