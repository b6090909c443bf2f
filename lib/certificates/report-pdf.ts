import { formatIsoDate } from "@/lib/dates";
import { getEnv } from "@/lib/env";
import { A4_PORTRAIT, renderPdf } from "@/lib/pdf/render-pdf";
import type { ModeratedReport } from "@/lib/certificates/moderated-report";
import { reportBlocks } from "@/lib/certificates/report-blocks";

/** The moderated report as an A4 PDF, paged, for the organisation's records and the scheme's. */
export async function reportPdf(report: ModeratedReport): Promise<Uint8Array> {
  return renderPdf({
    title: `Assessment report: ${report.organisationName}`,
    subject: `Visit on ${formatIsoDate(report.report.visitDate)}`,
    size: A4_PORTRAIT,
    blocks: reportBlocks(report, new URL("/standard/how-levels-work", getEnv().NEXTAUTH_URL).toString()),
    footer: `${report.organisationName}, assessment report, printed ${formatIsoDate(report.printedOn)}`,
  });
}
