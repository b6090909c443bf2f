import { getCurrentActor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { getVisitReportForModerator } from "@/lib/certificates/moderated-report";
import { reportPdf } from "@/lib/certificates/report-pdf";
import { pdfResponse, textResponse } from "@/lib/pdf/responses";

export const dynamic = "force-dynamic";

/** A submitted report as a PDF, for the scheme admins who moderate it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return textResponse(401, "Sign in to download the report.");
  const { id } = await params;
  try {
    const report = await getVisitReportForModerator(actor, id);
    return pdfResponse(await reportPdf(report), `assessment-report-${report.visitId}.pdf`);
  } catch (error) {
    if (error instanceof AppError && (error.kind === "NOT_FOUND" || error.kind === "FORBIDDEN")) return textResponse(404, "We could not find that report.");
    throw error;
  }
}
