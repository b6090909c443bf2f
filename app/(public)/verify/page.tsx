import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { lookUpAward } from "@/lib/verification/verify-award";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";

export const metadata: Metadata = { title: "Check a certificate" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Why the code was not accepted, or null when there is nothing to say (yet). */
async function problemWith(code: string | undefined): Promise<string | null> {
  if (code === undefined) return null;
  if (code.trim() === "") return "Enter the code from the certificate";
  const lookup = await lookUpAward(code);
  if (lookup.kind === "FOUND") redirect(`/verify/${lookup.award.code}`);
  if (lookup.kind === "MALFORMED") return "Enter the code as it is printed on the certificate, for example CQM-7K3M-9QXD";
  return `We could not find a certificate with the code ${lookup.code}. Check each character against the certificate`;
}

// A plain GET form, so it works without JavaScript and a result can be shared as a link.
export default async function VerifyPage({ searchParams }: Props) {
  await connection();
  const raw = (await searchParams).code;
  const code = typeof raw === "string" ? raw : undefined;
  const error = await problemWith(code);
  return (
    <>
      {error ? <ErrorSummary errors={[{ field: "code", message: error }]} /> : null}
      <h1>Check a certificate</h1>
      <p className="text-xl">Make sure an organisation&apos;s Coproduction Quality Mark is genuine and still current.</p>
      <form method="get" action="/verify" noValidate>
        <TextField
          id="code"
          name="code"
          label="Enter the code from the certificate"
          hint="It starts with CQM and is printed at the foot of the certificate, for example CQM-7K3M-9QXD. Capital or small letters both work."
          defaultValue={code ?? ""}
          error={error ?? undefined}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          className="max-w-xs font-mono"
        />
        <Button type="submit">Check the code</Button>
      </form>
      <p>
        You can also look organisations up in <Link href="/register">the register of awards</Link>.
      </p>
    </>
  );
}
