import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/or-not-found";
import { getCertificate } from "@/lib/certificates/get-certificate";
import { badgeEmbedHtml } from "@/lib/certificates/badge-svg";
import { standingWords } from "@/lib/verification/words";
import { CertificateView } from "@/components/verification/certificate-view";
import { StandingTag } from "@/components/verification/award-summary";

export const metadata: Metadata = { title: "Certificate" };

export default async function CertificatePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requireActor();
  const certificate = await orNotFound(getCertificate(actor, slug));
  const base = `/organisations/${certificate.organisationSlug}`;
  const current = certificate.standing.standing === "CURRENT";
  return (
    <>
      <div className="no-print">
        <p><Link href={`${base}/award`}>Back to your award</Link></p>
        <h1>Certificate for {certificate.organisationName}</h1>
        <p>
          Your award&apos;s standing today: <StandingTag award={certificate} />
        </p>
        {current ? null : <p className="font-bold">{standingWords(certificate.standing, certificate.expiresOn).sentence} The certificate says so too.</p>}
        <p>Print this page (it fits one A4 page, landscape), or download it as a PDF to keep or send.</p>
        <p>
          <a href={`${base}/award/certificate.pdf`} download className="font-bold">Download the certificate (PDF)</a>
        </p>
      </div>

      <CertificateView certificate={certificate} />

      <section aria-labelledby="badge-heading" className="no-print">
        <h2 id="badge-heading">Show the badge on your website</h2>
        <p>
          The badge shows your level and links to the page where anyone can check it. It always shows the award&apos;s
          standing today, so it will say if the award expires or is suspended.
        </p>
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG served by our own route, shown at its own size */}
        <img src={`/badge/${certificate.code}.svg`} width={300} height={100} alt={`The badge: Coproduction Quality Mark level ${certificate.level}, code ${certificate.code}`} className="mb-4" />
        <label htmlFor="badge-html" className="block font-bold text-lg mb-1">HTML to copy into your website</label>
        <p id="badge-html-hint" className="text-muted mb-2">Select all of it and copy it. Your web team will know where it goes.</p>
        <textarea
          id="badge-html"
          readOnly
          rows={4}
          aria-describedby="badge-html-hint"
          className="block w-full max-w-3xl border-2 border-ink p-2 font-mono text-sm bg-white mb-4"
          defaultValue={badgeEmbedHtml(certificate)}
        />
        <p>
          The public page for your award: <a href={`/verify/${certificate.code}`}>{certificate.verifyUrl}</a>
        </p>
      </section>
    </>
  );
}
