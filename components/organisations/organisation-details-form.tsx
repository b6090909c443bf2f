"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { organisationDetailsSchema, type OrganisationDetailsInput } from "@/lib/organisations/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Checkbox, CheckboxGroup } from "@/components/ui/checkboxes";
import { SERVICE_KINDS } from "@/lib/organisations/service-kinds";

const FIELDS = ["name", "serviceType", "serviceKinds", "area", "contactName", "contactEmail", "contactPhone"] as const;

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; defaults: OrganisationDetailsInput };

export function OrganisationDetailsForm({ action, defaults }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(organisationDetailsSchema, action, defaults);
  const { register } = form;
  const summary = summaryErrors({ fieldErrors }, FIELDS);
  if (state.message && summary.length === 0 && state.status === "error") summary.push({ field: "name", message: state.message });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl">
      <ErrorSummary errors={summary} />
      <TextField id="name" label="Organisation name" autoComplete="organization" error={error("name")} {...register("name")} />
      <TextField id="serviceType" label="Kind of service" hint="For example: peer support groups, supported housing, a crisis house" error={error("serviceType")} {...register("serviceType")} />
      <CheckboxGroup id="serviceKinds" legend="Which kinds of service do you offer?" hint="Commissioners filter the register by these. Choose all that apply." error={error("serviceKinds")}>
        {SERVICE_KINDS.map((kind, i) => (
          <Checkbox key={kind} id={i === 0 ? "serviceKinds-first" : `serviceKinds-${i}`} label={kind} inputProps={{ value: kind, ...register("serviceKinds") }} />
        ))}
      </CheckboxGroup>
      <TextField id="area" label="Area or locality" hint="Where most of the people you support live, for example Leeds West" error={error("area")} {...register("area")} />
      <TextField id="contactName" label="Contact name (optional)" autoComplete="name" error={error("contactName")} {...register("contactName")} />
      <TextField id="contactEmail" label="Contact email (optional)" type="email" autoComplete="email" spellCheck={false} error={error("contactEmail")} {...register("contactEmail")} />
      <TextField id="contactPhone" label="Contact phone (optional)" type="tel" autoComplete="tel" error={error("contactPhone")} {...register("contactPhone")} />
      <Button type="submit" disabled={pending}>Save details</Button>
    </form>
  );
}
