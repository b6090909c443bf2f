import "server-only";
import { getEnv } from "@/lib/env";
import { isLinkCode } from "@/lib/feedback/rounds/link-code";
import { browserCookie, hashBrowserToken, newBrowserToken, readBrowserToken } from "./public-browser";
import { feedbackFormPage } from "./public-form-html";
import { htmlResponse } from "./public-html";
import { alreadyAnsweredPage, finishedPage, notFoundPage, notStartedPage, somethingWentWrongPage, thanksPage } from "./public-messages";
import { browserHasAnswered, findPublicRound } from "./public-round";

/** Secure cookies wherever the app is served for real; plain http only in development and tests. */
export const secureCookies = () => getEnv().NODE_ENV === "production";

/**
 * GET /feedback/<code>: the form, or why it cannot be answered. A browser without the round's
 * cookie is given one now, so that two quick presses of "Send" carry the same cookie and only
 * one answer is kept.
 */
export async function showFeedbackForm(request: Request, code: string): Promise<Response> {
  return kindlyOnFailure(async () => {
    const lowered = code.toLowerCase();
    // Codes are typed from posters; capitals are forgiven by sending the person to the real address.
    if (lowered !== code && isLinkCode(lowered)) return new Response(null, { status: 301, headers: { Location: `/feedback/${lowered}` } });
    const lookup = await findPublicRound(code);
    if (lookup.kind === "NOT_FOUND") return notFoundPage();
    if (lookup.kind === "NOT_STARTED") return notStartedPage(lookup.round);
    if (lookup.kind === "FINISHED") return finishedPage();
    const { round } = lookup;
    const token = readBrowserToken(request);
    if (token && (await browserHasAnswered(round.id, hashBrowserToken(token)))) return alreadyAnsweredPage();
    const cookie: Record<string, string> = token ? {} : { "Set-Cookie": browserCookie(round.linkCode, newBrowserToken(), secureCookies()) };
    return htmlResponse(feedbackFormPage(round), 200, cookie);
  });
}

/** GET /feedback/<code>/thanks. Says nothing about whether this browser answered. */
export async function showThanks(code: string): Promise<Response> {
  return kindlyOnFailure(async () => {
    const lookup = await findPublicRound(code);
    return lookup.kind === "NOT_FOUND" ? notFoundPage() : thanksPage(lookup.round);
  });
}

/**
 * Anything unexpected becomes a kind page. The log names the error only: never the request,
 * whose headers and body could identify the person or hold what they wrote.
 */
export async function kindlyOnFailure(handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    console.error(`The public feedback form failed: ${name}${code ? ` (${code})` : ""}`);
    return somethingWentWrongPage();
  }
}
