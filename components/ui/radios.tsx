import type { InputHTMLAttributes, ReactNode } from "react";

type Option = { value: string; label: ReactNode; hint?: ReactNode };

type Props = {
  /** Id of the first radio, so the error summary can link to it. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: Option[];
  inline?: boolean;
  /** Props for every input: react-hook-form's register() result, or name + defaultValue handling. */
  inputProps: InputHTMLAttributes<HTMLInputElement> & { name: string };
  legendClassName?: string;
};

/** GOV.UK radios: a fieldset with a legend, one hint and one error for the group. */
export function Radios({ id, legend, hint, error, options, inline = false, inputProps, legendClassName = "font-bold text-lg" }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      <fieldset aria-describedby={describedBy}>
        <legend className={`mb-2 ${legendClassName}`}>{legend}</legend>
        {hint ? <p id={`${id}-hint`} className="text-muted mb-2">{hint}</p> : null}
        {error ? (
          <p id={`${id}-error`} className="text-error font-bold mb-2">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        ) : null}
        <div className={inline ? "flex flex-wrap gap-x-6" : ""}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div key={option.value} className="flex items-start gap-2 mb-2">
                <input type="radio" id={optionId} value={option.value} className="w-6 h-6 mt-0.5 accent-ink shrink-0" {...inputProps} />
                <label htmlFor={optionId} className="cursor-pointer">
                  {option.label}
                  {option.hint ? <span className="block text-muted">{option.hint}</span> : null}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
