import type { ComponentProps, ReactNode } from "react";
import { FieldsetShell } from "@/components/ui/field";

export type RadioItem = { value: string; label: ReactNode; hint?: ReactNode; conditional?: ReactNode };

type Props = {
  /** The field's name; the first radio gets it as its id, so an error summary can link to it. */
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  items: RadioItem[];
  /** Props for every input, such as react-hook-form's register(name). */
  inputProps: Omit<ComponentProps<"input">, "type" | "value" | "id">;
  /** The value currently chosen, to show its conditional content. */
  checked?: string | undefined;
  legendClassName?: string;
};

/**
 * GOV.UK radios: a fieldset whose legend asks the question, with hint and error wired to it by
 * aria-describedby. A chosen item's `conditional` content appears beneath it (conditional reveal).
 */
export function Radios({ name, legend, hint, error, items, inputProps, checked, legendClassName = "text-lg" }: Props) {
  return (
    <FieldsetShell id={name} legend={legend} hint={hint} error={error} legendClassName={legendClassName}>
      {items.map((item, index) => {
        const id = index === 0 ? name : `${name}-${item.value}`;
        return (
          <div key={item.value}>
            <div className="flex items-start gap-3 mb-3">
              <input
                id={id}
                type="radio"
                value={item.value}
                aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                className="mt-1 h-6 w-6 shrink-0 accent-ink"
                {...inputProps}
              />
              <div>
                <label htmlFor={id} className="text-lg">{item.label}</label>
                {item.hint ? <p id={`${id}-item-hint`} className="text-muted mb-0">{item.hint}</p> : null}
              </div>
            </div>
            {item.conditional && checked === item.value ? (
              <div id={`${id}-conditional`} className="border-l-4 border-border pl-5 ml-3 mb-4">{item.conditional}</div>
            ) : null}
          </div>
        );
      })}
    </FieldsetShell>
  );
}
