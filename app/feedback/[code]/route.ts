import { showFeedbackForm } from "@/lib/feedback/public-get";
import { takeFeedback } from "@/lib/feedback/public-post";

// Plain server-made HTML with no JavaScript, for old phones and poor connections: see
// docs/decisions/013-feedback-form-without-javascript.md.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ code: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return showFeedbackForm(request, (await params).code);
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  return takeFeedback(request, (await params).code);
}
