import { getCurrentActor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { getCertificate } from "@/lib/certificates/get-certificate";
import { certificatePdf } from "@/lib/certificates/certificate-pdf";
import { pdfResponse, textResponse } from "@/lib/pdf/responses";

export const dynamic = "force-dynamic";

/** The certificate as a PDF, for the organisation's people and the scheme team only. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return textResponse(401, "Sign in to download the certificate.");
  const { slug } = await params;
  try {
    const certificate = await getCertificate(actor, slug);
    return pdfResponse(await certificatePdf(certificate), `certificate-${certificate.organisationSlug}-${certificate.code}.pdf`);
  } catch (error) {
    if (error instanceof AppError && (error.kind === "NOT_FOUND" || error.kind === "FORBIDDEN")) return textResponse(404, "We could not find that certificate.");
    throw error;
  }
}
