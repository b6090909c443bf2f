// The certificate as a one-page A4 landscape PDF: the same words as the printable page.
import { formatIsoDate } from "@/lib/dates";
import type { Block } from "@/lib/pdf/text-flow";
import { A4_LANDSCAPE, renderPdf } from "@/lib/pdf/render-pdf";
import { levelMeaning, shortStatement, standingWords } from "@/lib/verification/words";
import type { Certificate } from "@/lib/certificates/get-certificate";

const levelText = (level: number) => (level > 0 ? `Level ${level}` : "Not yet level 1");

export function certificateBlocks(certificate: Certificate): Block[] {
  const standing = standingWords(certificate.standing, certificate.expiresOn);
  return [
    { kind: "paragraph", text: "COPRODUCTION QUALITY MARK", bold: true, align: "center", size: 12 },
    { kind: "paragraph", text: "This certifies that", align: "center", muted: true },
    { kind: "heading", level: 1, text: certificate.organisationName, align: "center" },
    { kind: "paragraph", text: `has been awarded ${levelText(certificate.level)}`, align: "center", size: 16, bold: true },
    { kind: "paragraph", text: levelMeaning(certificate.level), align: "center" },
    // A lapsed award's certificate says so on its face, with the day that was checked.
    ...(certificate.standing.standing === "CURRENT" && !certificate.standing.underReview ? [] : [{ kind: "paragraph" as const, text: `Status on ${formatIsoDate(certificate.checkedOn)}: ${standing.sentence}`, align: "center" as const, bold: true }]),
    { kind: "space", height: 4 },
    ...certificate.statements.map((s) => ({ kind: "paragraph" as const, text: `${s.number}. ${shortStatement(s.text)}   ${levelText(s.level)}`, align: "center" as const, size: 10 })),
    { kind: "space", height: 6 },
    { kind: "paragraph", text: `Issued ${formatIsoDate(certificate.issuedOn)}. Valid until ${formatIsoDate(certificate.expiresOn)}.`, align: "center", bold: true },
    { kind: "paragraph", text: `Assessed by Experts by Experience on ${formatIsoDate(certificate.visitDate)} against the ${certificate.standardTitle}.`, align: "center", muted: true, size: 9.5 },
    { kind: "paragraph", text: `Verification code ${certificate.code}. Check this award is still current at ${certificate.verifyUrl}`, align: "center", size: 10 },
  ];
}

export async function certificatePdf(certificate: Certificate): Promise<Uint8Array> {
  return renderPdf({
    title: `Coproduction Quality Mark certificate: ${certificate.organisationName}`,
    subject: `${levelText(certificate.level)}, verification code ${certificate.code}`,
    size: A4_LANDSCAPE,
    margin: 60,
    frame: true,
    blocks: certificateBlocks(certificate),
  });
}
