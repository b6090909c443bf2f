import type { ComponentProps, ReactNode } from "react";

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
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div id={id} tabIndex={-1} className={`mb-6 focus:outline-none ${error ? "border-l-4 border-error pl-4" : ""}`}>
      <fieldset aria-describedby={describedBy} className="border-0 p-0 m-0">
        <legend className={`font-bold mb-2 ${legendClassName}`}>{legend}</legend>
        {hint ? <p id={`${id}-hint`} className="text-muted mb-2">{hint}</p> : null}
        {error ? (
          <p id={`${id}-error`} className="text-error font-bold mb-2">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        ) : null}
        {children}
      </fieldset>
    </div>
  );
}
