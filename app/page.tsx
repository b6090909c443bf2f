import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";

export default function LandingPage() {
  return (
    <>
      <h1>A quality mark for coproduction in mental health</h1>
      <p className="text-xl">
        Organisations show how well they work with the people who use their services, as equals. Trained Experts by
        Experience visit and assess them against the six Leeds mental health I Statements. Commissioners check the level
        before they fund a service.
      </p>
      <ButtonLink href="/sign-in">Sign in</ButtonLink>
      <h2>Check an organisation</h2>
      <p>
        <Link href="/register">The register of awards</Link> shows every organisation taking part and the award it holds
        today. Have a certificate? <Link href="/verify">Check its code</Link>.
      </p>
      <h2>Read the standard</h2>
      <p>
        <Link href="/standard">The six I Statements and what each level asks for</Link>, written in plain English and in
        easy read.
      </p>
    </>
  );
}
