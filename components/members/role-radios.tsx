import type { UseFormRegisterReturn } from "react-hook-form";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { INVITABLE_ROLES, ROLE_HINTS } from "@/lib/members/schemas";

type Props = { legend: string; error?: string | undefined; registration: UseFormRegisterReturn<"role"> };

/**
 * GOV.UK radios for a member's role: a fieldset whose legend is the question, each option with
 * its hint. The first radio carries the id "role" so the error summary's link lands on it.
 */
export function RoleRadios({ legend, error, registration }: Props) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      <fieldset aria-describedby={error ? "role-error" : undefined}>
        <legend className="font-bold text-lg mb-2">{legend}</legend>
        {error ? (
          <p id="role-error" className="text-error font-bold mb-2">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        ) : null}
        {INVITABLE_ROLES.map((role, index) => {
          const id = index === 0 ? "role" : `role-${role}`;
          return (
            <div key={role} className="flex items-start gap-3 mb-4">
              <input id={id} type="radio" value={role} aria-describedby={`${id}-hint`} className="mt-1 h-6 w-6 shrink-0 accent-ink" {...registration} />
              <div>
                <label htmlFor={id} className="font-bold">{ROLE_LABELS[role]}</label>
                <p id={`${id}-hint`} className="text-muted mb-0">{ROLE_HINTS[role]}</p>
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
