import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getCurrentFramework } from "@/lib/standard/get-framework";
import { StatementSection } from "@/components/standard/statement-section";
import { LEVEL_SUMMARIES } from "@/components/standard/level-names";

export const metadata: Metadata = { title: "The standard" };

export default async function StandardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const easyRead = (await searchParams).wording === "easy-read";
  const framework = await getCurrentFramework();
  if (!framework) {
    return (
      <>
        <h1>The standard</h1>
        <p>The standard has not been published yet.</p>
      </>
    );
  }
  return (
    <>
      <h1>{easyRead ? "The standard in easy read" : "The standard"}</h1>
      <p className="text-xl">
        {easyRead
          ? "These are 6 things people told us matter. We check how well a service does each one, together with the people who use it."
          : "Six I Statements, written by people with lived experience of mental health services, and what an organisation needs to show at each level."}
      </p>
      <p className="text-muted">
        {framework.title}, version {framework.version}
        {framework.publishedAt ? `, published ${framework.publishedAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}` : ""}.
      </p>
      <nav aria-label="Wording" className="bg-panel p-4 mb-6">
        <p className="mb-2 font-bold">Choose the wording:</p>
        <ul className="flex flex-wrap gap-6 list-none p-0 m-0">
          <li>{easyRead ? <Link href="/standard">Standard wording</Link> : <span aria-current="page" className="font-bold">Standard wording</span>}</li>
          <li>{easyRead ? <span aria-current="page" className="font-bold">Easy read</span> : <Link href="/standard?wording=easy-read">Easy read</Link>}</li>
        </ul>
      </nav>
      <h2>The three levels</h2>
      <ol className="list-none p-0">
        {([1, 2, 3] as const).map((level) => (
          <li key={level} className="mb-3">
            <strong>{LEVEL_SUMMARIES[level].name}.</strong> {easyRead ? LEVEL_SUMMARIES[level].easyRead : LEVEL_SUMMARIES[level].plain}
          </li>
        ))}
      </ol>
      <p>
        {easyRead ? "To get a level, a service must do everything in that level and the levels below. " : "A level is reached only when every criterion of that level and the levels below is met. "}
        <Link href="/standard/how-levels-work">How levels are worked out</Link>
      </p>
      {framework.statements.map((statement) => (
        <StatementSection key={statement.id} statement={statement} easyRead={easyRead} />
      ))}
    </>
  );
}
