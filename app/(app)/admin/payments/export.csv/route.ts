import { getCurrentActor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";
import { AppError } from "@/lib/errors";
import { exportPaymentsCsv } from "@/lib/payments/export-payments";

// Never cached or pre-rendered: every download is checked against the signed-in person.
export const dynamic = "force-dynamic";

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });

/**
 * GET /admin/payments/export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD: the payments as a spreadsheet.
 * For the scheme admin only; for anyone else, signed in or not, it does not exist.
 */
export async function GET(request: Request) {
  const actor = await getCurrentActor();
  if (!actor || !hasRole(actor, "SCHEME_ADMIN")) return text(404, "We could not find that page.");
  const params = new URL(request.url).searchParams;
  try {
    const { filename, csv } = await exportPaymentsCsv(actor, { from: params.get("from") ?? undefined, to: params.get("to") ?? undefined });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.kind === "NOT_FOUND") return text(404, "We could not find that page.");
    if (error instanceof AppError && error.kind === "INVALID") {
      const problems = Object.values(error.fieldErrors).flat();
      return text(400, `We could not make that download. ${problems.join(". ")}. Use dates like ?from=2026-04-06&to=2027-04-05.`);
    }
    throw error;
  }
}
