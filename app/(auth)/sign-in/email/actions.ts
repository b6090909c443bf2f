"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { requestMagicLink } from "@/lib/auth/magic-link";
import { magicLinkRequestSchema } from "@/lib/auth/schemas";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { clientIp } from "@/lib/security/client-ip";

export async function requestMagicLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async (values) => {
    const parsed = magicLinkRequestSchema.safeParse(values);
    if (!parsed.success) return { status: "error", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
    const result = await requestMagicLink(parsed.data.email, clientIp(await headers()));
    if (result.status === "throttled") {
      return { status: "error", fieldErrors: { email: ["You have asked for several links in a short time. Wait 15 minutes, then try again."] }, values };
    }
    return { status: "success", message: parsed.data.email, fieldErrors: {}, values: {} };
  });
}
