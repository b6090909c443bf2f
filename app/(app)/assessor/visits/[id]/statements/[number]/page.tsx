import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { parseStatementParam } from "@/lib/standard/params";
import { getVisitForAssessor } from "@/lib/visit-record/get-visit";
import { statementEvidence } from "@/lib/visit-record/types";
import { EvidenceSection } from "@/components/visit-record/evidence-section";
import { CriteriaSection } from "@/components/visit-record/criteria-section";
import { ConversationForm } from "@/components/visit-record/conversation-form";
import { saveConversationAction } from "../../actions";

export const metadata: Metadata = { title: "Record a statement" };

export default async function VisitStatementPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const actor = await requireRole("ASSESSOR");
  const raw = await params;
  const number = parseStatementParam(raw.number);
  if (!number) notFound();
  const visit = await orNotFound(getVisitForAssessor(actor, raw.id));
  const { snapshot, records, me, partner } = visit;
  const index = snapshot.statements.findIndex((s) => s.number === number);
  const statement = snapshot.statements[index];
  if (!statement) notFound();
  const readOnly = visit.report !== null;
  const own = <T extends { assessorUserId: string }>(rows: T[], id: string) => rows.filter((r) => r.assessorUserId === id);
  const talk = records.conversations.find((c) => c.assessorUserId === me.id && c.statementNumber === number);
  const previous = snapshot.statements[index - 1];
  const next = snapshot.statements[index + 1];

  return (
    <>
      <span className="text-muted text-xl block mb-1">{visit.organisationName}: your visit</span>
      <h1>Statement {statement.number}: {statement.text}</h1>
      <p>
        <Link href={`/assessor/visits/${visit.id}`}>Back to the visit</Link>
      </p>
      {readOnly ? <p className="font-bold">The report has been sent, so this record can no longer be changed.</p> : <p>Each part saves on its own. You can do them in any order, and come back later.</p>}
      <EvidenceSection visitId={visit.id} evidence={statementEvidence(snapshot, statement)} mine={own(records.reviews, me.id)} theirs={own(records.reviews, partner.id)} partnerName={partner.name} readOnly={readOnly} />
      <CriteriaSection
        visitId={visit.id}
        criteria={statement.criteria}
        answers={snapshot.answers}
        evidence={statementEvidence(snapshot, statement)}
        mine={own(records.ratings, me.id)}
        theirs={own(records.ratings, partner.id)}
        partnerName={partner.name}
        readOnly={readOnly}
      />
      <section aria-labelledby="conversation-heading">
        <h2 id="conversation-heading">Who you spoke to</h2>
        {readOnly ? (
          <p>{talk ? `People who use the service: ${talk.peopleWhoUseService}. Carers: ${talk.carers}. Staff: ${talk.staff}. ${talk.how}` : "Nothing recorded."}</p>
        ) : (
          <ConversationForm
            action={saveConversationAction.bind(null, visit.id, statement.number)}
            statementNumber={statement.number}
            defaults={{
              peopleWhoUseService: talk ? String(talk.peopleWhoUseService) : "",
              carers: talk ? String(talk.carers) : "",
              staff: talk ? String(talk.staff) : "",
              how: talk?.how ?? "",
              notes: talk?.notes ?? "",
            }}
            draftKey={`visit:${visit.id}:conversation:${statement.number}`}
          />
        )}
      </section>
      <nav aria-label="Statements" className="flex justify-between gap-4 mt-8">
        {previous ? <Link href={`/assessor/visits/${visit.id}/statements/${previous.number}`}>Statement {previous.number}</Link> : <span />}
        {next ? <Link href={`/assessor/visits/${visit.id}/statements/${next.number}`}>Statement {next.number}</Link> : <Link href={`/assessor/visits/${visit.id}`}>Back to the visit</Link>}
      </nav>
    </>
  );
}
