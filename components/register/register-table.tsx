import Link from "next/link";
import { formatIsoDate } from "@/lib/dates";
import type { RegisterEntry } from "@/lib/register/list-register";
import { standingText } from "@/lib/register/standing-text";
import { Tag } from "@/components/ui/tag";

type Props = {
  entries: RegisterEntry[];
  caption: string;
  /** Where each organisation's name links to, if anywhere. */
  hrefFor: (entry: RegisterEntry) => string | null;
  /** When set, each row gets a checkbox belonging to this form (for comparing organisations). */
  selectForm?: string;
};

const TONE = { AWARDED: "green", SUSPENDED: "yellow", NOT_YET_LEVEL_1: "grey", NO_AWARD: "grey" } as const;

export function RegisterTable({ entries, caption, hrefFor, selectForm }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse mb-6">
        <caption className="text-left text-xl font-bold mb-2">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            {selectForm ? <th scope="col" className="py-2 pr-3"><span className="sr-only">Compare</span></th> : null}
            <th scope="col" className="py-2 pr-4">Organisation</th>
            <th scope="col" className="py-2 pr-4">Level</th>
            <th scope="col" className="py-2 pr-4">Awarded</th>
            <th scope="col" className="py-2 pr-4">Expires</th>
            <th scope="col" className="py-2 pr-4">Area</th>
            <th scope="col" className="py-2">Kind of service</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-border align-top">
              {selectForm ? (
                <td className="py-2 pr-3">
                  <input
                    type="checkbox"
                    form={selectForm}
                    name="org"
                    value={entry.slug}
                    id={`compare-${entry.slug}`}
                    aria-label={`Compare ${entry.name}`}
                    className="h-6 w-6 accent-ink"
                  />
                </td>
              ) : null}
              <td className="py-2 pr-4"><NameCell entry={entry} href={hrefFor(entry)} /></td>
              <td className="py-2 pr-4"><Tag tone={TONE[entry.standing]}>{standingText(entry)}</Tag></td>
              <td className="py-2 pr-4">{entry.award ? formatIsoDate(entry.award.issuedOn) : "—"}</td>
              <td className="py-2 pr-4">{entry.award ? formatIsoDate(entry.award.expiresOn) : "—"}</td>
              <td className="py-2 pr-4">{entry.area}</td>
              <td className="py-2">{entry.serviceKinds.length > 0 ? entry.serviceKinds.join(", ") : (entry.serviceType ?? "—")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NameCell({ entry, href }: { entry: RegisterEntry; href: string | null }) {
  return href ? <Link href={href}>{entry.name}</Link> : <>{entry.name}</>;
}
