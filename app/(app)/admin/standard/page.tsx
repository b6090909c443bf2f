import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { listFrameworkVersions } from "@/lib/standard/manage-versions";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { Tag } from "@/components/ui/tag";
import { draftNewVersionAction } from "./actions";

export const metadata: Metadata = { title: "Versions of the standard" };

export default async function StandardVersionsPage() {
  const actor = await requireRole("SCHEME_ADMIN");
  const versions = await listFrameworkVersions(actor);
  const draft = versions.find((v) => v.status === "DRAFT");
  return (
    <>
      <Link href="/admin" className="inline-block mb-4">Back to scheme administration</Link>
      <h1>Versions of the standard</h1>
      <p>
        A published version never changes: self-assessments, visits and awards made against it keep meaning the same thing. To
        change the standard, draft a new version, edit it, and publish it.
      </p>
      <table className="w-full border-collapse mb-8">
        <caption className="sr-only">Versions of the standard, newest first</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-4">Version</th>
            <th scope="col" className="py-2 pr-4">Title</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2">Published</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} className="border-b border-border">
              <td className="py-2 pr-4"><Link href={`/admin/standard/${v.version}`}>Version {v.version}</Link></td>
              <td className="py-2 pr-4">{v.title}</td>
              <td className="py-2 pr-4">{v.status === "DRAFT" ? <Tag tone="yellow">Draft</Tag> : <Tag tone="green">Published</Tag>}</td>
              <td className="py-2">{v.publishedAt ? v.publishedAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }) : "Not yet"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {draft ? (
        <p>
          <Link href={`/admin/standard/${draft.version}`}>Continue editing the draft of version {draft.version}</Link>
        </p>
      ) : (
        <ActionButtonForm action={draftNewVersionAction} id="draft-new-version" label="Draft a new version" />
      )}
    </>
  );
}
