import type { ComponentProps, ReactNode } from "react";

type FieldShellProps = { id: string; label: ReactNode; hint?: ReactNode; error?: string | undefined; children: ReactNode };

/** Label, hint and error for one input, wired together with aria-describedby. */
export function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      <label htmlFor={id} className="block font-bold text-lg mb-1">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-muted mb-2">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="text-error font-bold mb-2">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
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
