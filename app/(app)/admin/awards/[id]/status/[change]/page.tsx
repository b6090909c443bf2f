import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { getAwardForAdmin } from "@/lib/awards/get-award";
import { STATUS_CHANGES, type StatusChange } from "@/lib/awards/rules";
import { StatusChangeForm } from "@/components/awards/status-change-form";
import { changeStatusAction } from "../../actions";

export const metadata: Metadata = { title: "Change the award's status" };

const isChange = (value: string): value is StatusChange => (STATUS_CHANGES as readonly string[]).includes(value);

export default async function StatusChangePage({ params }: { params: Promise<{ id: string; change: string }> }) {
  const actor = await requireRole("SCHEME_ADMIN");
  const { id, change } = await params;
  if (!isChange(change)) notFound();
  const award = await orNotFound(getAwardForAdmin(actor, id));
  const back = `/admin/awards/${award.id}`;
  return (
    <>
      <Link href={back} className="inline-block mb-4">Back to the award</Link>
      {award.statusChanges.includes(change) ? (
        <>
          <StatusChangeForm action={changeStatusAction.bind(null, award.id, change)} change={change} organisationName={award.organisation.name} level={award.level} />
          <p>
            <Link href={back}>Cancel and go back to the award</Link>
          </p>
        </>
      ) : (
        <>
          <h1>This change cannot be made</h1>
          <p>The award&apos;s status has changed since you opened the page. <Link href={back}>See the award</Link>.</p>
        </>
      )}
    </>
  );
}
