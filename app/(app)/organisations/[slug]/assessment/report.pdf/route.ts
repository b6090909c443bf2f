import { getCurrentActor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { getOrganisationReport } from "@/lib/certificates/moderated-report";
import { reportPdf } from "@/lib/certificates/report-pdf";
import { pdfResponse, textResponse } from "@/lib/pdf/responses";

export const dynamic = "force-dynamic";

/** The organisation's assessment report as a PDF, once it has been sent to them for checking. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return textResponse(401, "Sign in to download the report.");
  const { slug } = await params;
  try {
    const report = await getOrganisationReport(actor, slug);
    return pdfResponse(await reportPdf(report), `assessment-report-${String(slug).replace(/[^a-z0-9-]/g, "")}-${report.report.visitDate}.pdf`);
  } catch (error) {
    if (error instanceof AppError && (error.kind === "NOT_FOUND" || error.kind === "FORBIDDEN")) return textResponse(404, "We could not find that report.");
    throw error;
  }
}
