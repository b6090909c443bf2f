// The public, anonymous feedback form on a real database, through its route handlers: what a
// full answer stores (the day only, nothing about the person), one answer per browser even when
// two arrive at once, the honeypot, the cross-site check, the throttle, rounds that are not
// taking answers, and answers that nobody can change afterwards.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { FeedbackRoundStatus } from "@/generated/prisma/enums";
import { isoDateToDb, todayInLondon, type IsoDate } from "@/lib/dates";
import { hashBrowserToken, newBrowserToken } from "@/lib/feedback/public-browser";
import { FEEDBACK_RATE_LIMIT, rateLimitKey } from "@/lib/feedback/public-post";
import { addDays } from "@/lib/feedback/rounds/dates";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { GET, POST } from "@/app/feedback/[code]/route";
import { GET as THANKS } from "@/app/feedback/[code]/thanks/route";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const SITE = "http://localhost:3000";
const today = todayInLondon();
let organisationId = "";
let roundCount = 0;

type RoundOptions = { startsOn?: IsoDate; endsOn?: IsoDate; status?: FeedbackRoundStatus };

/** A round of Harbour Recovery's with a fresh code (Crockford base 32, as real codes are). */
async function round(options: RoundOptions = {}): Promise<{ id: string; code: string }> {
  roundCount += 1;
  const code = `f2t${String(roundCount).padStart(5, "0")}`;
  const created = await app.prisma.feedbackRound.create({
    data: {
      organisationId,
      linkCode: code,
      startsOn: isoDateToDb(options.startsOn ?? addDays(today, -1)),
      endsOn: isoDateToDb(options.endsOn ?? addDays(today, 14)),
      status: options.status ?? "OPEN",
      services: "The Tuesday drop-in",
    },
  });
  return { id: created.id, code };
}

const ctx = (code: string) => ({ params: Promise.resolve({ code }) });
const cookieFor = (token: string) => `cqm_feedback=${token}`;

function show(code: string, token?: string): Promise<Response> {
  return GET(new Request(`${SITE}/feedback/${code}`, { headers: token ? { cookie: cookieFor(token) } : {} }), ctx(code));
}

type SendOptions = { token?: string; origin?: string | null; headers?: Record<string, string> };

function send(code: string, fields: Record<string, string>, { token, origin = SITE, headers = {} }: SendOptions = {}): Promise<Response> {
  const request = new Request(`${SITE}/feedback/${code}`, {
    method: "POST",
    headers: {
      host: "localhost:3000",
      "content-type": "application/x-www-form-urlencoded",
      ...(origin === null ? {} : { origin }),
      ...(token ? { cookie: cookieFor(token) } : {}),
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
  return POST(request, ctx(code));
}

const FULL_ANSWER = {
  "answer-1": "5",
  "answer-2": "dont-know",
  "answer-3": "4",
  "answer-4": "3",
  "answer-5": "2",
  "answer-6": "1",
  "comment-1": "  My worker Dawn Hughes rang me on 07700 900123 and it helped.  ",
  "comment-4": "Nobody judged me.",
  carer: "yes",
};

const stored = async (roundId: string) => ({
  responses: await app.prisma.feedbackResponse.count({ where: { roundId } }),
  browsers: await app.prisma.feedbackBrowser.count({ where: { roundId } }),
});

beforeAll(async () => {
  organisationId = (await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "harbour-recovery" } })).id;
});

describe("opening the form", () => {
  it("sends the whole form as HTML with no script, and gives the browser its cookie for this round only", async () => {
    const { code } = await round();
    const response = await show(code);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(new RegExp(`^cqm_feedback=[A-Za-z0-9_-]{43}; Path=/feedback/${code}; Max-Age=31536000; HttpOnly; SameSite=Lax$`));
    const body = await response.text();
    expect(body).toContain("<h1>Tell us what you think of Harbour Recovery</h1>");
    expect(body).toContain("This is about: The Tuesday drop-in");
    expect(body).not.toContain("<script");
  });

  it("keeps the cookie a browser already has", async () => {
    const { code } = await round();
    expect((await show(code, newBrowserToken())).headers.get("set-cookie")).toBeNull();
  });

  it("forgives capitals in the code by sending the person to the real address", async () => {
    const { code } = await round();
    const response = await show(code.toUpperCase());
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe(`/feedback/${code}`);
  });
});

describe("sending a full answer", () => {
  it("stores the answers with the day only and nothing that could identify the person", async () => {
    const { id, code } = await round();
    const token = newBrowserToken();
    const auditBefore = await app.prisma.auditEvent.count();
    const response = await send(code, FULL_ANSWER, { token, headers: { "x-forwarded-for": "203.0.113.77", "user-agent": "Mozilla/5.0 (Linux; Android 6.0) OldPhone/1.0" } });

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/feedback/${code}/thanks`);
    expect(response.headers.get("set-cookie")).toContain(`cqm_feedback=${token}; Path=/feedback/${code};`);

    const responses = await app.prisma.feedbackResponse.findMany({ where: { roundId: id }, include: { answers: { orderBy: { statementNumber: "asc" } } } });
    expect(responses).toHaveLength(1);
    const [saved] = responses;
    if (!saved) throw new Error("no response saved");
    expect(Object.keys(saved).sort()).toEqual(["answers", "id", "isCarer", "roundId", "submittedOn"]);
    expect(saved.submittedOn).toEqual(isoDateToDb(today));
    expect(saved.isCarer).toBe(true);
    // A cuid carries the time to the millisecond; the response's id is random instead.
    expect(saved.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(saved.answers.map((a) => a.rating)).toEqual([5, null, 4, 3, 2, 1]);
    expect(saved.answers[0]?.comment).toBe("My worker Dawn Hughes rang me on 07700 900123 and it helped.");
    expect(saved.answers[0]?.redactedComment).toBe("My worker [name] rang me on [phone number] and it helped.");
    expect(saved.answers[3]?.redactedComment).toBe("Nobody judged me.");
    expect(saved.answers[1]?.comment).toBe("");

    const browsers = await app.prisma.feedbackBrowser.findMany({ where: { roundId: id } });
    expect(browsers).toEqual([{ roundId: id, tokenHash: hashBrowserToken(token) }]);

    // Nothing about the request is kept anywhere: not the address, the browser or the token.
    expect(await app.prisma.auditEvent.count()).toBe(auditBefore);
    const buckets = await app.prisma.rateLimitBucket.findMany({ where: { key: { contains: "feedback" } } });
    expect(buckets.map((b) => b.key)).toContain(rateLimitKey(id));
    const everything = JSON.stringify({ responses, browsers, buckets });
    for (const secret of ["203.0.113.77", "OldPhone", token]) expect(everything).not.toContain(secret);
  });

  it("says thank you afterwards", async () => {
    const { code } = await round();
    const response = await THANKS(new Request(`${SITE}/feedback/${code}/thanks`), ctx(code));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Your answers have been sent.");
  });

  it("gives a browser without a cookie one with the answer", async () => {
    const { id, code } = await round();
    const response = await send(code, FULL_ANSWER);
    expect(response.status).toBe(303);
    const token = /cqm_feedback=([A-Za-z0-9_-]{43});/.exec(response.headers.get("set-cookie") ?? "")?.[1] ?? "";
    expect(await app.prisma.feedbackBrowser.findMany({ where: { roundId: id } })).toEqual([{ roundId: id, tokenHash: hashBrowserToken(token) }]);
  });
});

describe("one answer per browser", () => {
  it("refuses a second answer from the same browser kindly, on the form and when sent, and stores nothing more", async () => {
    const { id, code } = await round();
    const token = newBrowserToken();
    expect((await send(code, FULL_ANSWER, { token })).status).toBe(303);

    const again = await show(code, token);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("You have already answered. Thank you — each person can answer once.");

    const second = await send(code, { ...FULL_ANSWER, "answer-1": "1" }, { token });
    expect(second.status).toBe(409);
    expect(await second.text()).toContain("You have already answered. Thank you — each person can answer once.");
    expect(await stored(id)).toEqual({ responses: 1, browsers: 1 });
    expect((await app.prisma.feedbackAnswer.findFirstOrThrow({ where: { response: { roundId: id }, statementNumber: 1 } })).rating).toBe(5);
  });

  it("stores one answer when the same browser sends twice at once", async () => {
    const { id, code } = await round();
    const token = newBrowserToken();
    const results = await Promise.all([send(code, FULL_ANSWER, { token }), send(code, FULL_ANSWER, { token }), send(code, FULL_ANSWER, { token })]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 409, 409]);
    expect(await stored(id)).toEqual({ responses: 1, browsers: 1 });
  });

  it("lets another browser answer the same round", async () => {
    const { id, code } = await round();
    expect((await send(code, FULL_ANSWER, { token: newBrowserToken() })).status).toBe(303);
    expect((await send(code, FULL_ANSWER, { token: newBrowserToken() })).status).toBe(303);
    expect(await stored(id)).toEqual({ responses: 2, browsers: 2 });
  });

  it("keeps each round's answering apart: answering one round does not stop the same browser answering another", async () => {
    const first = await round();
    const second = await round();
    const token = newBrowserToken();
    expect((await send(first.code, FULL_ANSWER, { token })).status).toBe(303);
    expect((await send(second.code, FULL_ANSWER, { token })).status).toBe(303);
  });
});

describe("mistakes and abuse", () => {
  it("sends the form back with an error summary, errors beside the questions and everything as typed, storing nothing", async () => {
    const { id, code } = await round();
    const withoutThree: Record<string, string> = { ...FULL_ANSWER, "comment-5": "x".repeat(1001) };
    delete withoutThree["answer-3"];
    const response = await send(code, withoutThree);
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain("<title>Error: Tell us what you think of Harbour Recovery");
    expect(body).toContain('<h2 id="error-summary-title">There is a problem</h2>');
    expect(body).toContain('<a href="#answer-3-1">Choose an answer for question 3.');
    expect(body).toContain('<p class="error-message" id="answer-3-error">');
    expect(body).toContain('<a href="#comment-5">What you wrote for question 5 must be 1,000 characters or fewer. It has 1,001 now</a>');
    expect(body).toContain("  My worker Dawn Hughes rang me on 07700 900123 and it helped.  </textarea>");
    expect(body).toContain('id="answer-1-5" name="answer-1" value="5" checked>');
    expect(body).toContain('id="carer" name="carer" value="yes" aria-describedby="carer-hint" checked>');
    expect(await stored(id)).toEqual({ responses: 0, browsers: 0 });
  });

  it("answers a filled honeypot as if it were saved, and stores nothing", async () => {
    const { id, code } = await round();
    const response = await send(code, { ...FULL_ANSWER, website: "https://cheap-pills.example" }, { token: newBrowserToken() });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/feedback/${code}/thanks`);
    expect(await stored(id)).toEqual({ responses: 0, browsers: 0 });
  });

  it("refuses a post from another website with a plain page, and stores nothing", async () => {
    const { id, code } = await round();
    for (const origin of ["https://evil.example", "null"]) {
      const response = await send(code, FULL_ANSWER, { origin, token: newBrowserToken() });
      expect(response.status).toBe(403);
      expect(await response.text()).toContain("These answers came from another website, so we did not take them.");
    }
    const viaFetchMetadata = await send(code, FULL_ANSWER, { origin: null, headers: { "sec-fetch-site": "cross-site" } });
    expect(viaFetchMetadata.status).toBe(403);
    expect(await stored(id)).toEqual({ responses: 0, browsers: 0 });
  });

  it("counts every send against the round and, over the limit, asks people to try again later", async () => {
    const { id, code } = await round();
    await send(code, { website: "bot" });
    await send(code, { website: "bot" });
    expect((await app.prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: rateLimitKey(id) } })).count).toBe(2);

    await app.prisma.rateLimitBucket.update({ where: { key: rateLimitKey(id) }, data: { count: FEEDBACK_RATE_LIMIT.limit } });
    const response = await send(code, FULL_ANSWER, { token: newBrowserToken() });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.text()).toContain("Lots of people are answering right now. Please try again in a few minutes.");
    expect(await stored(id)).toEqual({ responses: 0, browsers: 0 });
  });

  it("throttles each round on its own", async () => {
    const busy = await round();
    const quiet = await round();
    await app.prisma.rateLimitBucket.create({ data: { key: rateLimitKey(busy.id), count: FEEDBACK_RATE_LIMIT.limit, resetAt: new Date(Date.now() + 60_000) } });
    expect((await send(busy.code, FULL_ANSWER)).status).toBe(429);
    expect((await send(quiet.code, FULL_ANSWER)).status).toBe(303);
  });

  it("refuses a body far larger than any real form", async () => {
    const { id, code } = await round();
    const response = await send(code, { ...FULL_ANSWER, "comment-2": "x".repeat(200_000) });
    expect(response.status).toBe(413);
    expect(await stored(id)).toEqual({ responses: 0, browsers: 0 });
  });
});

describe("rounds that are not taking answers", () => {
  it("says a closed round has finished, on the form and when sent, and stores nothing", async () => {
    const { id, code } = await round({ status: "CLOSED" });
    const shown = await show(code);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain("This feedback round has finished. Thank you for your interest.");
    const sent = await send(code, FULL_ANSWER);
    expect(sent.status).toBe(409);
    expect(await sent.text()).toContain("This feedback round has finished.");
    expect(await stored(id)).toEqual({ responses: 0, browsers: 0 });
  });

  it("says a round past its end date has finished, even before anyone closes it", async () => {
    const { id, code } = await round({ startsOn: addDays(today, -20), endsOn: addDays(today, -1) });
    expect(await (await show(code)).text()).toContain("This feedback round has finished.");
    expect((await send(code, FULL_ANSWER)).status).toBe(409);
    expect(await stored(id)).toEqual({ responses: 0, browsers: 0 });
  });

  it("takes answers on a round's last day", async () => {
    const { code } = await round({ startsOn: addDays(today, -5), endsOn: today });
    expect((await send(code, FULL_ANSWER)).status).toBe(303);
  });

  it("says when a round that has not started will open", async () => {
    const { id, code } = await round({ startsOn: addDays(today, 3), endsOn: addDays(today, 30) });
    const text = await (await show(code)).text();
    expect(text).toContain("This feedback has not started yet");
    expect(text).toContain("You can answer from ");
    expect((await send(code, FULL_ANSWER)).status).toBe(409);
    expect(await stored(id)).toEqual({ responses: 0, browsers: 0 });
  });

  it("answers unknown and made-up codes with the same plain 404 page", async () => {
    for (const code of ["zzzzzzzz", "nope", "../../admin", "hrbr7k2m'--", "a".repeat(500)]) {
      const shown = await show(code);
      expect(shown.status).toBe(404);
      expect(await shown.text()).toContain("We could not find this feedback form.");
      expect((await send(code, FULL_ANSWER)).status).toBe(404);
      expect((await THANKS(new Request(`${SITE}/feedback/x/thanks`), ctx(code))).status).toBe(404);
    }
  });

  it("saves nothing when the round closes between the form's checks and the save", async () => {
    const { id } = await round({ status: "CLOSED" });
    const outcome = await submitFeedback({
      roundId: id,
      tokenHash: hashBrowserToken(newBrowserToken()),
      submission: { isCarer: false, answers: [{ statementNumber: 1, rating: 3, comment: "" }] },
    });
    expect(outcome).toBe("ROUND_CLOSED");
    expect(await stored(id)).toEqual({ responses: 0, browsers: 0 });
  });
});

describe("answers cannot be changed", () => {
  it("is refused by the database, whoever asks", async () => {
    const { id, code } = await round();
    expect((await send(code, FULL_ANSWER, { token: newBrowserToken() })).status).toBe(303);
    const response = await app.prisma.feedbackResponse.findFirstOrThrow({ where: { roundId: id } });
    await expect(app.prisma.feedbackAnswer.update({ where: { responseId_statementNumber: { responseId: response.id, statementNumber: 1 } }, data: { rating: 1 } })).rejects.toThrow(
      /Feedback answers cannot be changed/,
    );
    await expect(app.prisma.$executeRaw`UPDATE "FeedbackAnswer" SET "redactedComment" = 'Great!' WHERE "responseId" = ${response.id}`).rejects.toThrow(/Feedback answers cannot be changed/);
    await expect(app.prisma.feedbackResponse.update({ where: { id: response.id }, data: { isCarer: false } })).rejects.toThrow(/Feedback answers cannot be changed/);
    const answer = await app.prisma.feedbackAnswer.findUniqueOrThrow({ where: { responseId_statementNumber: { responseId: response.id, statementNumber: 1 } } });
    expect(answer.rating).toBe(5);
  });

  it("has no service that adds, changes or deletes answers other than the public form's own save", () => {
    const writes = /\b(feedbackAnswer|feedbackResponse)\.(create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany)\b|(INSERT INTO|UPDATE|DELETE FROM)\s+"Feedback(Answer|Response)"/;
    const offenders = sourceFiles(path.resolve("lib"))
      .filter((file) => !file.includes(`${path.sep}seed${path.sep}`))
      .filter((file) => writes.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(process.cwd(), file));
    expect(offenders).toEqual([path.join("lib", "feedback", "submit-feedback.ts")]);
    expect(sourceFiles(path.resolve("app")).filter((file) => /feedbackAnswer|feedbackResponse|"FeedbackAnswer"/.test(readFileSync(file, "utf8")))).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}
