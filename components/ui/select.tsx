import type { ComponentProps, ReactNode } from "react";
import { FieldShell, describedBy } from "@/components/ui/field";

type Props = ComponentProps<"select"> & { id: string; label: ReactNode; hint?: ReactNode; error?: string | undefined; options: Array<{ value: string; label: string }> };

/** A labelled select (use radios for questions; a select suits filters with many options). */
export function Select({ id, label, hint, error, options, className = "", ...props }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={`block border-2 border-ink p-2 text-lg bg-white ${className}`} {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </FieldShell>
  );
}
