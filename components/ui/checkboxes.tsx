import type { ComponentProps, ReactNode } from "react";
import { FieldsetShell } from "@/components/ui/field";

type InputProps = Omit<ComponentProps<"input">, "type" | "id">;

/** One checkbox with its label and optional hint, for use inside a fieldset. */
export function Checkbox({ id, label, hint, inputProps }: { id: string; label: ReactNode; hint?: ReactNode; inputProps: InputProps }) {
  return (
    <div className="flex items-start gap-3 mb-3">
      <input id={id} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} className="mt-1 h-6 w-6 shrink-0 accent-ink" {...inputProps} />
      <div>
        <label htmlFor={id} className="text-lg">{label}</label>
        {hint ? <p id={`${id}-hint`} className="text-muted mb-0">{hint}</p> : null}
      </div>
    </div>
  );
}

type GroupProps = { id: string; legend: ReactNode; hint?: ReactNode; error?: string | undefined; children: ReactNode; legendClassName?: string };

/** GOV.UK checkboxes: a fieldset whose legend asks the question, with hint and error. */
export function CheckboxGroup({ id, legend, hint, error, children, legendClassName = "text-lg" }: GroupProps) {
  return (
    <FieldsetShell id={id} legend={legend} hint={hint} error={error} legendClassName={legendClassName} focusable>
      {children}
    </FieldsetShell>
  );
}
