import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { formatIsoDate, todayInLondon } from "@/lib/dates";
import { lookUpAward } from "@/lib/verification/verify-award";
import { AwardSummary } from "@/components/verification/award-summary";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Certificate check" };

export default async function VerifiedAwardPage({ params }: Props) {
  await connection();
  const { code } = await params;
  const lookup = await lookUpAward(code);
  if (lookup.kind !== "FOUND") notFound();
  // One address per award, however the code was typed.
  if (lookup.award.code !== code) redirect(`/verify/${lookup.award.code}`);
  const { award } = lookup;
  return (
    <>
      <span className="block text-muted text-lg">Coproduction Quality Mark: certificate check</span>
      <h1>{award.organisationName}</h1>
      <p className="text-xl">
        This award is in the scheme&apos;s records. Its standing below is as it is today, {formatIsoDate(todayInLondon())}.
      </p>
      <AwardSummary award={award} />
      <p>
        <Link href="/verify">Check another code</Link>
      </p>
    </>
  );
}
