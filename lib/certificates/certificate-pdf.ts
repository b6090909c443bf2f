// The certificate as a one-page A4 landscape PDF: the same words as the printable page.
import { formatIsoDate } from "@/lib/dates";
import type { Block } from "@/lib/pdf/text-flow";
import { A4_LANDSCAPE, renderPdf } from "@/lib/pdf/render-pdf";
import { levelMeaning, shortStatement, standingWords } from "@/lib/verification/words";
import type { Certificate } from "@/lib/certificates/get-certificate";

const levelText = (level: number) => (level > 0 ? `Level ${level}` : "Not yet level 1");

export function certificateBlocks(certificate: Certificate): Block[] {
  const standing = standingWords(certificate.standing, certificate.expiresOn);
  const lapsed = certificate.standing.standing !== "CURRENT" || certificate.standing.underReview;
  return [
    { kind: "space", height: 14 },
    { kind: "paragraph", text: "COPRODUCTION QUALITY MARK", bold: true, align: "center", size: 14 },
    { kind: "paragraph", text: "This certifies that", align: "center", muted: true, size: 13 },
    { kind: "paragraph", text: certificate.organisationName, bold: true, align: "center", size: 30 },
    { kind: "paragraph", text: certificate.area, align: "center", muted: true, size: 12 },
    { kind: "paragraph", text: `has been awarded ${levelText(certificate.level)}`, align: "center", size: 22, bold: true },
    { kind: "paragraph", text: levelMeaning(certificate.level), align: "center", size: 12 },
    // A lapsed award's certificate says so on its face, with the day that was checked.
    ...(lapsed ? [{ kind: "paragraph" as const, text: `Status on ${formatIsoDate(certificate.checkedOn)}: ${standing.sentence}`, align: "center" as const, bold: true, size: 12 }] : []),
    { kind: "space", height: 6 },
    ...certificate.statements.map((s) => ({ kind: "paragraph" as const, text: `${s.number}. ${shortStatement(s.text)} – ${levelText(s.level)}`, align: "center" as const, size: 11.5 })),
    { kind: "space", height: 8 },
    { kind: "paragraph", text: `Issued ${formatIsoDate(certificate.issuedOn)}. Valid until ${formatIsoDate(certificate.expiresOn)}.`, align: "center", bold: true, size: 12 },
    { kind: "paragraph", text: `Assessed by Experts by Experience on ${formatIsoDate(certificate.visitDate)} against the ${certificate.standardTitle}.`, align: "center", muted: true, size: 10 },
    { kind: "paragraph", text: `Verification code ${certificate.code}. Check this award is still current at ${certificate.verifyUrl}`, align: "center", size: 11 },
  ];
}

export async function certificatePdf(certificate: Certificate): Promise<Uint8Array> {
  return renderPdf({
    title: `Coproduction Quality Mark certificate: ${certificate.organisationName}`,
    subject: `${levelText(certificate.level)}, verification code ${certificate.code}`,
    size: A4_LANDSCAPE,
    margin: 60,
    frame: true,
    pageNumbers: false,
    blocks: certificateBlocks(certificate),
  });
}
