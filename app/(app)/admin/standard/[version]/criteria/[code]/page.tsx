import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/access/require-role";
import { getFrameworkByVersion } from "@/lib/standard/get-framework";
import { parseCodeParam, parseVersionParam } from "@/lib/standard/params";
import { CriterionForm } from "@/components/standard-admin/criterion-form";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { removeCriterionAction, updateCriterionAction } from "../../../actions";

export const metadata: Metadata = { title: "Change a criterion" };

export default async function EditCriterionPage({ params }: { params: Promise<{ version: string; code: string }> }) {
  await requireRole("SCHEME_ADMIN");
  const raw = await params;
  const version = parseVersionParam(raw.version);
  const code = parseCodeParam(raw.code);
  const framework = version ? await getFrameworkByVersion(version) : null;
  const criterion = framework?.statements.flatMap((s) => s.criteria).find((c) => c.code === code);
  if (!framework || !criterion || !code || framework.status !== "DRAFT") notFound();
  return (
    <>
      <Link href={`/admin/standard/${framework.version}#criterion-${code}`} className="inline-block mb-4">Back to version {framework.version}</Link>
      <span className="block text-muted text-xl">Version {framework.version} draft, level {criterion.level}</span>
      <h1>Change criterion {code}</h1>
      <CriterionForm
        action={updateCriterionAction.bind(null, framework.version, code)}
        defaults={{ text: criterion.text, easyRead: criterion.easyRead, guidance: criterion.guidance, evidenceExamples: criterion.evidenceExamples.join("\n") }}
      />
      <h2>Remove this criterion</h2>
      <p>It will no longer be part of version {framework.version}. Earlier versions keep it.</p>
      <ActionButtonForm action={removeCriterionAction.bind(null, framework.version, code)} id="remove" label={`Remove criterion ${code}`} variant="warning" />
    </>
  );
}
