import "server-only";
import { getEnv } from "@/lib/env";
import { hit, type RateLimitRule } from "@/lib/security/rate-limit";
import { browserCookie, hashBrowserToken, newBrowserToken, readBrowserToken } from "./public-browser";
import { feedbackFormPage } from "./public-form-html";
import { kindlyOnFailure, secureCookies } from "./public-get";
import { htmlResponse, redirectResponse } from "./public-html";
import { alreadyAnsweredPage, busyPage, crossSitePage, finishedPage, notFoundPage, notStartedPage, tooLargePage } from "./public-messages";
import { readFormBody, isSameSitePost } from "./public-request";
import { browserHasAnswered, findPublicRound } from "./public-round";
import { submitFeedback } from "./submit-feedback";
import { parseFeedbackForm } from "./submit-schema";

/**
 * Sends of the form per round, whoever sends them. A room of people answering on a shared tablet
 * manages a few a minute; a script sends hundreds. Counted per round, not per address, because
 * nothing about the person (an IP address included) is kept, even for ten minutes.
 */
export const FEEDBACK_RATE_LIMIT: RateLimitRule = { limit: 60, windowSeconds: 10 * 60 };

export const rateLimitKey = (roundId: string) => `feedback:${roundId}`;

/**
 * POST /feedback/<code>: checks where the post came from, the round, the throttle and the
 * browser's cookie, then the answers; saves them and sends the person to the thanks page.
 * A filled honeypot gets the same thanks and nothing is stored.
 */
export async function takeFeedback(request: Request, code: string): Promise<Response> {
  return kindlyOnFailure(async () => {
    if (!isSameSitePost(request, getEnv().NEXTAUTH_URL)) return crossSitePage();
    const lookup = await findPublicRound(code);
    if (lookup.kind === "NOT_FOUND") return notFoundPage();
    if (lookup.kind === "NOT_STARTED") return notStartedPage(lookup.round, 409);
    if (lookup.kind === "FINISHED") return finishedPage(409);
    const { round } = lookup;

    const limit = await hit(rateLimitKey(round.id), FEEDBACK_RATE_LIMIT);
    if (!limit.allowed) return busyPage(limit.retryAfterSeconds);

    const token = readBrowserToken(request) ?? newBrowserToken();
    const tokenHash = hashBrowserToken(token);
    if (await browserHasAnswered(round.id, tokenHash)) return alreadyAnsweredPage(409);

    const body = await readFormBody(request);
    if (body.kind === "TOO_LARGE") return tooLargePage();
    const parsed = parseFeedbackForm(body.form);
    const thanks = `/feedback/${round.linkCode}/thanks`;
    if (parsed.kind === "HONEYPOT") return redirectResponse(thanks);

    const cookie = { "Set-Cookie": browserCookie(round.linkCode, token, secureCookies()) };
    if (parsed.kind === "INVALID") return htmlResponse(feedbackFormPage(round, parsed.values, parsed.errors), 400, cookie);

    const outcome = await submitFeedback({ roundId: round.id, tokenHash, submission: parsed.submission });
    if (outcome === "ALREADY_ANSWERED") return alreadyAnsweredPage(409);
    if (outcome === "ROUND_CLOSED") return finishedPage(409);
    return redirectResponse(thanks, cookie);
  });
}
