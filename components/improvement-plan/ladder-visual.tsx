import type { CSSProperties } from "react";
import { LADDER_RUNGS, RUNGS, rungNumber, type LadderRung } from "@/lib/improvement-plan/ladder";
import { Tag } from "@/components/ui/tag";

type Props = { statementNumber: number; current: LadderRung; target: LadderRung };

/**
 * The seven rungs as a staircase, lowest first, marking where the organisation is now and where
 * it aims to be. Everything the picture shows is also in its text ("Now", "Aim", "to climb"),
 * so it reads the same to a screen reader and does not rely on colour.
 */
export function LadderVisual({ statementNumber, current, target }: Props) {
  const now = rungNumber(current);
  const aim = rungNumber(target);
  return (
    <ol aria-label={`The ladder of co-production for statement ${statementNumber}, lowest rung first`} className="list-none p-0 m-0 mb-6 grid grid-cols-1 gap-1 sm:grid-cols-7 sm:items-end sm:gap-2">
      {LADDER_RUNGS.map((rung) => {
        const n = rungNumber(rung);
        const reached = n <= now;
        const toClimb = n > now && n <= aim;
        const fill = reached ? "bg-brand" : toClimb ? "bg-[#d2e2f1] border-2 border-dashed border-brand" : "bg-white border-2 border-border";
        return (
          <li key={rung} className="flex items-center gap-3 sm:flex-col-reverse sm:items-stretch sm:gap-1">
            <span
              aria-hidden="true"
              style={{ "--rung": n } as CSSProperties}
              className={`block h-5 w-[calc(var(--rung)*7%)] shrink-0 sm:w-auto sm:h-[calc(var(--rung)*0.75rem)] ${fill}`}
            />
            <span className="text-sm sm:text-center">
              <span className={n === now || n === aim ? "font-bold" : ""}>{RUNGS[rung].label}</span>
              {toClimb && n !== aim ? <span className="sr-only"> (to climb)</span> : null}
              {n === now || n === aim ? (
                <span className="block">
                  {n === now ? <Tag tone="blue">Now</Tag> : null} {n === aim ? <Tag tone="green">Aim</Tag> : null}
                </span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
