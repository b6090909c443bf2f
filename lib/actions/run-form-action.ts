import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AppError, toUserMessage } from "@/lib/errors";
import type { FormState } from "@/lib/actions/form-state";

/** FormData's text fields as a plain object (files are handled by the actions that take them). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/**
 * Runs a form's work and turns any failure into a FormState: expected errors show their own
 * message; anything else is logged by kind only (never the values, which may be personal data)
 * and shown as a kind, generic message.
 */
export async function runFormAction(formData: FormData, work: (values: Record<string, string>) => Promise<FormState | void>): Promise<FormState> {
  const values = formValues(formData);
  try {
    const result = await work(values);
    return result ?? { status: "success", fieldErrors: {}, values: {} };
  } catch (error) {
    // redirect() and notFound() work by throwing; they must pass through untouched.
    unstable_rethrow(error);
    if (!(error instanceof AppError)) console.error(`[action] unexpected ${error instanceof Error ? error.name : typeof error}`);
    return {
      status: "error",
      message: toUserMessage(error),
      fieldErrors: error instanceof AppError ? error.fieldErrors : {},
      values,
    };
  }
}
