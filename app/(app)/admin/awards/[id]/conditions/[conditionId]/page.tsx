import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { getAwardForAdmin } from "@/lib/awards/get-award";
import { formatIsoDate } from "@/lib/dates";
import { ConditionForm } from "@/components/awards/condition-form";
import { resolveConditionAction } from "../../actions";

export const metadata: Metadata = { title: "Decide a condition" };

export default async function DecideConditionPage({ params }: { params: Promise<{ id: string; conditionId: string }> }) {
  const actor = await requireRole("SCHEME_ADMIN");
  const { id, conditionId } = await params;
  const award = await orNotFound(getAwardForAdmin(actor, id));
  const condition = award.conditions.find((c) => c.id === conditionId);
  if (!condition) notFound();
  const back = `/admin/awards/${award.id}`;
  const inForce = award.status === "ACTIVE" || award.status === "SUSPENDED";
  return (
    <>
      <Link href={back} className="inline-block mb-4">Back to the award</Link>
      <span className="text-muted text-xl block mb-1">{award.organisation.name}, level {award.level} award</span>
      <h1>Was the condition met?</h1>
      <div className="border-l-8 border-border pl-4 mb-6">
        <p className="mb-1">{condition.description}</p>
        <p className="mb-0 text-muted">Deadline: {formatIsoDate(condition.dueOn)}</p>
      </div>
      {condition.status !== "OPEN" ? (
        <p>This condition has already been decided. <Link href={back}>See the award</Link>.</p>
      ) : !inForce ? (
        <p>This award is no longer in force, so its conditions cannot change it.</p>
      ) : (
        <ConditionForm action={resolveConditionAction.bind(null, award.id, condition.id)} currentLevel={award.level} choices={award.reductionChoices} draftKey={`award-condition:${condition.id}`} />
      )}
    </>
  );
}
