import { lookUpAward } from "@/lib/verification/verify-award";
import { badgeSvg } from "@/lib/certificates/badge-svg";

// Looked up on each request (then cached for a day), so the badge follows the award's standing.
export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=300" } });

/**
 * The embeddable badge, /badge/<code>.svg. Public and cacheable for a day: an award's standing
 * changes by the day at most, and a day-old badge is a fair trade for not being hammered by
 * every page view of every website that shows it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (!file.endsWith(".svg")) return notFound();
  const lookup = await lookUpAward(file.slice(0, -".svg".length));
  if (lookup.kind !== "FOUND") return notFound();
  const { award } = lookup;
  return new Response(badgeSvg({ code: award.code, level: award.level, standing: award.standing }), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
      // Shown as an image, never run: the SVG holds no script, and this makes sure of it.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
