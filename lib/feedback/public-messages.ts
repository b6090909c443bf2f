// The short, easy-read pages around the feedback form: thanks, already answered, finished, not
// started yet, busy, refused and not found. Same plain HTML shell, no JavaScript. Pure.
import { formatIsoDate } from "@/lib/dates";
import { html, htmlPage, htmlResponse, type SafeHtml } from "./public-html";
import type { PublicRound } from "./public-round";

const page = (title: string, body: SafeHtml, status = 200, headers: Record<string, string> = {}) =>
  htmlResponse(htmlPage(title, html`<h1>${title}</h1>\n${body}`), status, headers);

export function thanksPage(round: Pick<PublicRound, "organisationName">): Response {
  const content = html`<div class="panel"><h1>Thank you</h1></div>
<p class="lead">Your answers have been sent.</p>
<p>You do not need to do anything else.</p>
<p>${round.organisationName} will see everyone's answers added together when the feedback ends.</p>`;
  return htmlResponse(htmlPage("Thank you", content));
}

export function alreadyAnsweredPage(status = 200): Response {
  return page("You have already answered", html`<p class="lead">You have already answered. Thank you — each person can answer once.</p>`, status);
}

export function finishedPage(status = 200): Response {
  return page("This feedback has finished", html`<p class="lead">This feedback round has finished. Thank you for your interest.</p>`, status);
}

export function notStartedPage(round: Pick<PublicRound, "startsOn">, status = 200): Response {
  return page("This feedback has not started yet", html`<p class="lead">You can answer from ${formatIsoDate(round.startsOn)}. Please come back then.</p>`, status);
}

export function busyPage(retryAfterSeconds: number): Response {
  return page("Please try again soon", html`<p class="lead">Lots of people are answering right now. Please try again in a few minutes.</p>
<p>Your answers have not been sent yet. Go back to send them again.</p>`, 429, { "Retry-After": String(Math.max(1, retryAfterSeconds)) });
}

export function crossSitePage(): Response {
  return page("We could not take these answers", html`<p class="lead">These answers came from another website, so we did not take them.</p>
<p>To give feedback, open the link on the poster or card you were given.</p>`, 403);
}

export function tooLargePage(): Response {
  return page("Your answers are too long", html`<p class="lead">What you wrote is too long for us to take.</p>
<p>Go back, make your comments shorter and send them again.</p>`, 413);
}

export function notFoundPage(): Response {
  return page("Page not found", html`<p class="lead">We could not find this feedback form.</p>
<p>Check the web address on the poster or card you were given. It has 8 letters and numbers after /feedback/.</p>`, 404);
}

export function somethingWentWrongPage(): Response {
  return page("Sorry, something went wrong", html`<p class="lead">Something went wrong on our side. Your answers have not been sent.</p>
<p>Please go back and try again in a few minutes.</p>`, 500);
}
