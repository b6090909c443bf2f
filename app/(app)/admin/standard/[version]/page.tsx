import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/access/require-role";
import { getFrameworkByVersion } from "@/lib/standard/get-framework";
import { parseVersionParam } from "@/lib/standard/params";
import { criteriaByLevel } from "@/lib/standard/criteria-by-level";
import { CRITERIA_PER_LEVEL } from "@/lib/standard/schemas";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { LEVEL_SUMMARIES } from "@/components/standard/level-names";
import { Tag } from "@/components/ui/tag";
import { addCriterionAction, publishVersionAction } from "../actions";

export const metadata: Metadata = { title: "Version of the standard" };

export default async function FrameworkVersionPage({ params, searchParams }: { params: Promise<{ version: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("SCHEME_ADMIN");
  const version = parseVersionParam((await params).version);
  const framework = version ? await getFrameworkByVersion(version) : null;
  if (!framework) notFound();
  const isDraft = framework.status === "DRAFT";
  const justPublished = (await searchParams).published === "1";
  return (
    <>
      <Link href="/admin/standard" className="inline-block mb-4">Back to all versions</Link>
      {justPublished ? (
        <div role="status" className="border-4 border-success p-4 mb-6">
          <p className="font-bold mb-0">Version {framework.version} is published. New self-assessments will use it.</p>
        </div>
      ) : null}
      <h1>
        {framework.title} {isDraft ? <Tag tone="yellow">Draft</Tag> : <Tag tone="green">Published</Tag>}
      </h1>
      {isDraft ? (
        <>
          <p>Change any wording below. When every level of every statement has {CRITERIA_PER_LEVEL.min} to {CRITERIA_PER_LEVEL.max} criteria, publish it.</p>
          <ActionButtonForm action={publishVersionAction.bind(null, framework.version)} id="publish" label={`Publish version ${framework.version}`} />
        </>
      ) : (
        <p>This version is published and cannot be changed.</p>
      )}
      {framework.statements.map((statement) => (
        <section key={statement.id} aria-labelledby={`statement-${statement.number}`} className="border-t-4 border-brand pt-4 mt-8">
          <h2 id={`statement-${statement.number}`} className="mt-0">{statement.number}. {statement.text}</h2>
          <p><strong>Explanation:</strong> {statement.explanation}</p>
          <p><strong>Easy read:</strong> {statement.easyRead}</p>
          {isDraft ? (
            <p><Link href={`/admin/standard/${framework.version}/statements/${statement.number}`}>Change the wording of statement {statement.number}</Link></p>
          ) : null}
          {criteriaByLevel(statement).map(({ level, criteria }) => (
            <div key={level}>
              <h3>{LEVEL_SUMMARIES[level].name}</h3>
              <ul className="list-none p-0">
                {criteria.map((c) => (
                  <li key={c.id} id={`criterion-${c.code}`} className="border-l-4 border-border pl-4 mb-4">
                    <p className="mb-1"><strong>{c.code}</strong> {c.text}</p>
                    <p className="text-muted mb-1">Easy read: {c.easyRead}</p>
                    {isDraft ? <Link href={`/admin/standard/${framework.version}/criteria/${c.code}`}>Change {c.code}</Link> : null}
                  </li>
                ))}
              </ul>
              {isDraft && criteria.length < CRITERIA_PER_LEVEL.max ? (
                <ActionButtonForm
                  action={addCriterionAction.bind(null, framework.version)}
                  id={`add-${statement.number}-${level}`}
                  label={`Add a level ${level} criterion to statement ${statement.number}`}
                  hidden={{ statementNumber: String(statement.number), level: String(level) }}
                  variant="secondary"
                />
              ) : null}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
