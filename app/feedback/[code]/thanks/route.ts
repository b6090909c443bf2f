import { showThanks } from "@/lib/feedback/public-get";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  return showThanks((await params).code);
}
