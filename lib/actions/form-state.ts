// The result every form's server action returns. The submitted values come back on error so
// that nothing a person typed is lost when something goes wrong.
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors: Record<string, string[] | undefined>;
  values: Record<string, string>;
};

export const initialFormState: FormState = { status: "idle", fieldErrors: {}, values: {} };

/** Turns field errors into the entries of an error summary, in the form's field order. */
export function summaryErrors(state: Pick<FormState, "fieldErrors">, order: readonly string[]): { field: string; message: string }[] {
  return order.flatMap((field) => {
    const message = state.fieldErrors[field]?.[0];
    return message ? [{ field, message }] : [];
  });
}
