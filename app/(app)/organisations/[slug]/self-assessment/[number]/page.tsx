import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/access/or-not-found";
import { loadOrganisationPage } from "@/lib/organisations/organisation-page";
import { loadSelfAssessment } from "@/lib/self-assessment/load-self-assessment";
import { parseStatementParam } from "@/lib/standard/params";
import { criteriaByLevel } from "@/lib/standard/criteria-by-level";
import { SOURCE_LABELS } from "@/lib/evidence/labels";
import { OrganisationNav } from "@/components/organisations/organisation-nav";
import { ClaimsProvider } from "@/components/self-assessment/claims-context";
import { LivePreview } from "@/components/self-assessment/live-preview";
import { CriterionAnswerForm } from "@/components/self-assessment/criterion-answer-form";
import { EvidenceLinker } from "@/components/self-assessment/evidence-linker";
import { ReadyForm } from "@/components/self-assessment/ready-form";
import { LEVEL_SUMMARIES } from "@/components/standard/level-names";
import { linkEvidenceAction, markReadyAction, saveAnswerAction, unlinkEvidenceAction } from "../actions";

export const metadata: Metadata = { title: "Self-assessment" };

export default async function StatementSelfAssessmentPage({ params }: { params: Promise<{ slug: string; number: string }> }) {
  const raw = await params;
  const number = parseStatementParam(raw.number);
  if (!number) notFound();
  const { actor, organisation } = await loadOrganisationPage(raw.slug, "assessment:edit");
  const view = await orNotFound(loadSelfAssessment(actor, organisation.slug));
  const statement = view.framework.statements.find((s) => s.number === number);
  if (!statement) notFound();

  const claims = Object.fromEntries([...view.answers.values()].map((a) => [a.criterionId, a.claim]));
  const item = (e: (typeof view.evidence)[number]) => ({ id: e.id, title: e.title, evidenceDate: e.evidenceDate, sourceLabel: SOURCE_LABELS[e.source] });
  const scoringStatement = { number: statement.number, text: statement.text, criteria: statement.criteria.map((c) => ({ id: c.id, code: c.code, level: c.level })) };

  return (
    <>
      <span className="text-muted text-xl block mb-1">{organisation.name}: self-assessment</span>
      <h1>Statement {statement.number}: {statement.text}</h1>
      <OrganisationNav organisation={organisation} current="self-assessment" />
      <p>{statement.explanation}</p>
      <ClaimsProvider initial={claims}>
        <LivePreview statement={scoringStatement} evidence={view.evidence} today={view.today} />
        {criteriaByLevel(statement).map(({ level, criteria }) => (
          <section key={level} aria-labelledby={`level-${level}`}>
            <h2 id={`level-${level}`}>{LEVEL_SUMMARIES[level].name}</h2>
            {criteria.map((criterion) => {
              const answer = view.answers.get(criterion.id);
              const linked = view.evidence.filter((e) => e.criterionIds.includes(criterion.id));
              const available = view.evidence.filter((e) => !e.criterionIds.includes(criterion.id));
              return (
                <article key={criterion.id} id={`criterion-${criterion.code}`} aria-labelledby={`criterion-${criterion.code}-title`} className="border-2 border-border p-4 mb-6">
                  <h3 id={`criterion-${criterion.code}-title`} className="mt-0">{criterion.code}: {criterion.text}</h3>
                  <details className="mb-4">
                    <summary className="text-link underline cursor-pointer">Guidance and examples of evidence</summary>
                    <p className="pt-2">{criterion.guidance}</p>
                    <ul className="list-disc pl-6">
                      {criterion.evidenceExamples.map((example) => <li key={example}>{example}</li>)}
                    </ul>
                    <p className="text-muted">Easy read: {criterion.easyRead}</p>
                  </details>
                  <CriterionAnswerForm
                    action={saveAnswerAction.bind(null, organisation.slug)}
                    criterionId={criterion.id}
                    code={criterion.code}
                    draftKey={`${actor.userId}:${organisation.id}:${criterion.id}`}
                    defaults={{ claim: answer?.claim ?? (undefined as unknown as "YES"), account: answer?.account ?? "", version: answer ? String(answer.version) : "" }}
                  />
                  <EvidenceLinker
                    slug={organisation.slug}
                    code={criterion.code}
                    linked={linked.map(item)}
                    available={available.map(item)}
                    linkAction={linkEvidenceAction.bind(null, organisation.slug, criterion.id)}
                    unlinkActions={Object.fromEntries(linked.map((e) => [e.id, unlinkEvidenceAction.bind(null, organisation.slug, criterion.id, e.id)]))}
                  />
                </article>
              );
            })}
          </section>
        ))}
      </ClaimsProvider>
      <ReadyForm action={markReadyAction.bind(null, organisation.slug, statement.number)} statementNumber={statement.number} ready={view.statusByStatement.get(statement.number) === "READY"} />
      <p>
        <Link href={`/organisations/${organisation.slug}/self-assessment`}>Back to all statements</Link>
      </p>
    </>
  );
}
