import type { ComponentProps, ReactNode } from "react";
import { FieldsetShell } from "@/components/ui/field";

type Part = { id: string; label: string; error: boolean; width: string; inputProps: Omit<ComponentProps<"input">, "id"> };

type Props = { id: string; legend: ReactNode; hint?: ReactNode; error?: string | undefined; parts: Part[] };

/**
 * The GOV.UK date input: day, month and year boxes in a fieldset. One message for the date, and
 * only the boxes that need fixing are highlighted.
 */
export function DateInput({ id, legend, hint, error, parts }: Props) {
  return (
    <FieldsetShell id={id} legend={legend} hint={hint} error={error} role="group">
      <div className="flex gap-4">
        {parts.map((part) => (
          <div key={part.id}>
            <label htmlFor={part.id} className="block mb-1">{part.label}</label>
            <input
              id={part.id}
              type="text"
              inputMode="numeric"
              aria-invalid={part.error ? true : undefined}
              className={`block border-2 p-2 text-lg bg-white ${part.width} ${part.error ? "border-error" : "border-ink"}`}
              {...part.inputProps}
            />
          </div>
        ))}
      </div>
    </FieldsetShell>
  );
}
