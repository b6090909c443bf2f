import Link from "next/link";
import { formatIsoDate } from "@/lib/dates";
import type { PublicAward } from "@/lib/verification/public-award";
import { levelMeaning, standingWords } from "@/lib/verification/words";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";

const levelText = (level: number) => (level > 0 ? `Level ${level}` : "Not yet level 1");

/** The standing as a coloured tag whose words say it all, so colour is never the only signal. */
export function StandingTag({ award }: { award: PublicAward }) {
  const words = standingWords(award.standing, award.expiresOn);
  return <Tag tone={words.tone}>{words.short}</Tag>;
}

/** An award's public facts and the frozen level of each statement: the verification page and the certificate share it. */
export function AwardSummary({ award }: { award: PublicAward }) {
  const words = standingWords(award.standing, award.expiresOn);
  return (
    <>
      <SummaryList
        rows={[
          { key: "Level", value: <><strong>{levelText(award.level)}</strong><br />{levelMeaning(award.level)}</> },
          { key: "Standing", value: <><StandingTag award={award} /><p className="mt-2 mb-0">{words.sentence}</p></> },
          { key: "Issued on", value: formatIsoDate(award.issuedOn) },
          { key: "Valid until", value: formatIsoDate(award.expiresOn) },
          { key: "Assessed on", value: `${formatIsoDate(award.visitDate)}, by Experts by Experience` },
          { key: "Verification code", value: <span className="font-mono">{award.code}</span> },
        ]}
      />
      <h2>Level for each I Statement</h2>
      <p>
        The overall level is the lowest of the six. These levels were fixed when the award was issued.{" "}
        <Link href="/standard/how-levels-work">How levels are worked out</Link>.
      </p>
      <table className="w-full border-collapse mb-8">
        <caption className="sr-only">Level for each I Statement</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-4">I Statement</th>
            <th scope="col" className="py-2 whitespace-nowrap">Level</th>
          </tr>
        </thead>
        <tbody>
          {award.statements.map((s) => (
            <tr key={s.number} className="border-b border-border align-top">
              <th scope="row" className="py-2 pr-4 text-left font-normal">{s.number}. {s.text}</th>
              <td className="py-2 whitespace-nowrap">{levelText(s.level)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
