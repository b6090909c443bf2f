import type { Metadata } from "next";
import Link from "next/link";
import { EXAMPLE_ASSESSMENT_DATE, EXAMPLE_EVIDENCE, scoreWorkedExample } from "@/lib/standard/worked-example";
import { StatementResultTable, levelLabel } from "@/components/scoring/statement-result-table";
import { formatIsoDate as date } from "@/lib/dates";

export const metadata: Metadata = { title: "How levels are worked out" };


export default function HowLevelsWorkPage() {
  const result = scoreWorkedExample();
  return (
    <>
      <h1>How levels are worked out</h1>
      <p className="text-xl">
        Every level comes with its reasons. The same rules are used for everyone, and you can check them here.
      </p>

      <h2>The rules</h2>
      <ol className="list-decimal pl-6 space-y-3 max-w-prose">
        <li>
          <strong>Each criterion needs evidence.</strong> An organisation links evidence to a criterion: a document, minutes of a
          meeting, feedback, a story, an observation.
        </li>
        <li>
          <strong>Evidence counts when the assessors have accepted it.</strong> Experts by Experience look at every item on
          their visit and accept it or say why not.
        </li>
        <li>
          <strong>Evidence must be recent.</strong> It counts if it is dated in the 24 months up to the day of the assessment
          (that day included). Older evidence, or evidence dated after the assessment, does not count.
        </li>
        <li>
          <strong>From level 2, people with lived experience must be part of the evidence.</strong> At least one item must come
          from people who use the service, carers or an Expert by Experience. Coproduction cannot be shown by the
          organisation&apos;s own paperwork alone.
        </li>
        <li>
          <strong>The assessors have the last word.</strong> If the Experts by Experience rate a criterion &ldquo;not met&rdquo;,
          it is not met, whatever the evidence. If they rate it &ldquo;met&rdquo; and write down what they saw or heard, that
          observation counts as lived-experience evidence.
        </li>
        <li>
          <strong>A level needs everything below it.</strong> A statement is at level 2 only if every level 1 and level 2
          criterion is met. If one level 1 criterion is missing, the statement is &ldquo;not yet level 1&rdquo;.
        </li>
        <li>
          <strong>The award is only as strong as the weakest statement.</strong> The overall level is the lowest of the six
          statements&apos; levels.
        </li>
      </ol>
      <p>
        Before a visit, organisations see a <strong>self-assessed level</strong> worked out the same way from their own
        answers: a criterion counts when they say &ldquo;yes&rdquo; and have linked recent evidence that nobody has turned down.
      </p>

      <h2>A worked example</h2>
      <p>
        A small peer-support charity was assessed on {date(EXAMPLE_ASSESSMENT_DATE)}. To keep it short, we show two of the six
        statements, with fewer criteria than the real standard has. It linked this evidence:
      </p>
      <table className="w-full border-collapse mb-6">
        <caption className="text-left font-bold text-lg mb-2">Evidence the charity linked</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-4">Evidence</th>
            <th scope="col" className="py-2 pr-4">Dated</th>
            <th scope="col" className="py-2 pr-4">From</th>
            <th scope="col" className="py-2">Assessors</th>
          </tr>
        </thead>
        <tbody>
          {EXAMPLE_EVIDENCE.map((item) => (
            <tr key={item.id} className="border-b border-border align-top">
              <td className="py-2 pr-4">{item.title}</td>
              <td className="py-2 pr-4">{date(item.date)}</td>
              <td className="py-2 pr-4">{item.sourceLabel}</td>
              <td className="py-2">{item.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>The scoring engine worked out this result:</p>
      {result.statements.map((statement) => (
        <div key={statement.number}>
          <StatementResultTable statement={statement} />
          <p>{statement.summary}</p>
        </div>
      ))}
      <div className="border-l-8 border-brand bg-panel p-4 mb-6">
        <p className="font-bold text-xl mb-2">Overall: {levelLabel(result.overallLevel)}</p>
        <p className="mb-0">{result.summary}</p>
      </div>
      <p>
        <Link href="/standard">Read the full standard</Link>
      </p>
    </>
  );
}
