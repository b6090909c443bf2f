import type { ComponentProps, ReactNode } from "react";

type Part = { id: string; label: string; error: boolean; width: string; inputProps: Omit<ComponentProps<"input">, "id"> };

type Props = { id: string; legend: ReactNode; hint?: ReactNode; error?: string | undefined; parts: Part[] };

/**
 * The GOV.UK date input: day, month and year boxes in a fieldset. One message for the date, and
 * only the boxes that need fixing are highlighted.
 */
export function DateInput({ id, legend, hint, error, parts }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      <fieldset role="group" aria-describedby={describedBy} className="border-0 p-0 m-0">
        <legend className="font-bold text-lg mb-1">{legend}</legend>
        {hint ? <p id={`${id}-hint`} className="text-muted mb-2">{hint}</p> : null}
        {error ? (
          <p id={`${id}-error`} className="text-error font-bold mb-2">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        ) : null}
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
      </fieldset>
    </div>
  );
}
