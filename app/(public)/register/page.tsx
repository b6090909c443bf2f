import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { loadRegisterPage } from "@/lib/register/register-page";
import { RegisterView } from "@/components/register/register-view";

export const metadata: Metadata = { title: "The register of awards" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PublicRegisterPage({ searchParams }: Props) {
  await connection();
  const data = await loadRegisterPage(await searchParams);
  return (
    <>
      <h1>The register of awards</h1>
      <p className="text-xl">
        Every organisation taking part in the Coproduction Quality Mark, with the award it holds today. Levels are
        decided by Experts by Experience who visited the service.
      </p>
      <p>
        Have a certificate in front of you? <Link href="/verify">Check a certificate&apos;s code</Link>. How the levels
        are worked out: <Link href="/standard/how-levels-work">how levels work</Link>.
      </p>
      <RegisterView data={data} basePath="/register" hrefFor={(entry) => (entry.award ? `/verify/${entry.award.verificationCode}` : null)} />
    </>
  );
}
