import type { ComponentProps, ReactNode } from "react";

type FieldShellProps = { id: string; label: ReactNode; hint?: ReactNode; error?: string | undefined; children: ReactNode };

/** The hint and error under a label or legend; their ids are what aria-describedby points at. */
function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint ? <p id={`${id}-hint`} className="text-muted mb-2">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="text-error font-bold mb-2">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

const groupClass = (error: unknown) => `mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`;

/** Label, hint and error for one input, wired together with aria-describedby. */
export function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  return (
    <div className={groupClass(error)}>
      <label htmlFor={id} className="block font-bold text-lg mb-1">{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

type FieldsetShellProps = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  legendClassName?: string;
  /** role="group" for composite inputs such as a date (GOV.UK does this for date inputs). */
  role?: "group";
  /** Lets an error summary link move focus to the whole group. */
  focusable?: boolean;
  children: ReactNode;
};

/** A fieldset whose legend asks the question, with hint and error: for radios, checkboxes, dates. */
export function FieldsetShell({ id, legend, hint, error, legendClassName = "text-lg", role, focusable = false, children }: FieldsetShellProps) {
  return (
    <div {...(focusable ? { id, tabIndex: -1 } : {})} className={`${groupClass(error)} ${focusable ? "focus:outline-none" : ""}`}>
      <fieldset role={role} aria-describedby={describedBy(id, hint, error)} className="border-0 p-0 m-0">
        <legend className={`font-bold mb-2 ${legendClassName}`}>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

const inputClass = "block w-full max-w-xl border-2 border-ink p-2 text-lg bg-white";

type InputProps = ComponentProps<"input"> & { id: string; label: ReactNode; hint?: ReactNode; error?: string | undefined };

export function TextField({ id, label, hint, error, className = "", ...props }: InputProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} ${error ? "border-error" : ""} ${className}`}
        {...props}
      />
    </FieldShell>
  );
}
