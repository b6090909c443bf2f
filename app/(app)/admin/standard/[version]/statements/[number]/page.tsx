import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/access/require-role";
import { getFrameworkByVersion } from "@/lib/standard/get-framework";
import { parseStatementParam, parseVersionParam } from "@/lib/standard/params";
import { StatementForm } from "@/components/standard-admin/statement-form";
import { updateStatementAction } from "../../../actions";

export const metadata: Metadata = { title: "Change a statement's wording" };

export default async function EditStatementPage({ params }: { params: Promise<{ version: string; number: string }> }) {
  await requireRole("SCHEME_ADMIN");
  const raw = await params;
  const version = parseVersionParam(raw.version);
  const number = parseStatementParam(raw.number);
  const framework = version ? await getFrameworkByVersion(version) : null;
  const statement = framework?.statements.find((s) => s.number === number);
  if (!framework || !statement || framework.status !== "DRAFT") notFound();
  return (
    <>
      <Link href={`/admin/standard/${framework.version}#statement-${statement.number}`} className="inline-block mb-4">Back to version {framework.version}</Link>
      <h1>Change the wording of statement {statement.number}</h1>
      <p className="text-xl">{statement.text}</p>
      <p>The I Statement itself was written by people with lived experience and stays as it is.</p>
      <StatementForm action={updateStatementAction.bind(null, framework.version, statement.number)} defaults={{ explanation: statement.explanation, easyRead: statement.easyRead }} />
    </>
  );
}
