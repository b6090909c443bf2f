import type { ComponentProps, ReactNode } from "react";
import { FieldShell, describedBy } from "@/components/ui/field";

type Props = ComponentProps<"textarea"> & { id: string; label: ReactNode; hint?: ReactNode; error?: string | undefined };

export function TextArea({ id, label, hint, error, className = "", ...props }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`block w-full border-2 border-ink p-2 text-lg bg-white ${error ? "border-error" : ""} ${className}`}
        {...props}
      />
    </FieldShell>
  );
}
