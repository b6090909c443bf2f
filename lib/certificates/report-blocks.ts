// The moderated report as text for the PDF: the verified levels with the engine's explanation,
// the final evidence decisions and ratings, whom the assessors spoke to, the factual-accuracy
// points with the responses, and the decision. Pure.
import { formatIsoDate, todayInLondon } from "@/lib/dates";
import { SOURCE_LABELS } from "@/lib/evidence/labels";
import type { Block } from "@/lib/pdf/text-flow";
import type { ModeratedReport } from "@/lib/certificates/moderated-report";
import type { ReportStatement } from "@/lib/moderation/report-view";
import type { StatementResult } from "@/lib/scoring";

const levelText = (level: number) => (level > 0 ? `Level ${level}` : "Not yet level 1");
const day = (at: Date) => formatIsoDate(todayInLondon(at));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function statementBlocks(statement: ReportStatement, result: StatementResult | undefined): Block[] {
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: `Statement ${statement.number}: ${statement.text}` },
    { kind: "paragraph", text: `Verified level: ${levelText(result?.level ?? 0)}`, bold: true },
  ];
  if (result) blocks.push({ kind: "paragraph", text: result.summary });
  for (const missing of result?.nextLevel?.missing ?? []) {
    blocks.push({ kind: "bullet", text: `For level ${result?.nextLevel?.level}, ${missing.code}: ${missing.reasons.map((r) => r.message).join(" ")}` });
  }

  blocks.push({ kind: "heading", level: 3, text: "Evidence" });
  if (statement.evidence.length === 0) blocks.push({ kind: "paragraph", text: "No evidence was linked to this statement.", muted: true });
  for (const e of statement.evidence) {
    const decision = e.decision === "ACCEPTED" ? "Accepted" : e.decision === "REJECTED" ? `Not accepted: ${e.reason}` : "Not decided";
    blocks.push({ kind: "bullet", text: `${e.title} (${SOURCE_LABELS[e.source]}, ${formatIsoDate(e.evidenceDate)}). ${decision}` });
  }

  blocks.push({ kind: "heading", level: 3, text: "Criteria" });
  for (const r of statement.ratings) {
    const rating = r.rating === "MET" ? "Met" : r.rating === "NOT_MET" ? "Not met" : "Not rated";
    blocks.push({ kind: "bullet", text: `${r.code} (level ${r.level}): ${rating}.${r.observation.trim() ? ` "${r.observation.trim()}"` : ""}` });
  }

  blocks.push({ kind: "heading", level: 3, text: "Who the assessors spoke to" });
  if (statement.conversations.length === 0) blocks.push({ kind: "paragraph", text: "No conversations were recorded for this statement.", muted: true });
  for (const c of statement.conversations) {
    const counts = `${plural(c.peopleWhoUseService, "person who uses the service", "people who use the service")}, ${plural(c.carers, "carer", "carers")} and ${plural(c.staff, "member of staff", "staff")}`;
    blocks.push({ kind: "bullet", text: `${c.assessorName}: ${counts}${c.how.trim() ? ` (${c.how.trim()})` : ""}.` });
  }
  return blocks;
}

function checkBlocks(check: ModeratedReport["check"]): Block[] {
  const blocks: Block[] = [{ kind: "heading", level: 2, text: "Factual-accuracy check" }];
  if (!check) return [...blocks, { kind: "paragraph", text: "The report has not been sent to the organisation for checking yet." }];
  blocks.push({ kind: "paragraph", text: `Sent to the organisation on ${day(check.sentAt)}, to reply by ${formatIsoDate(check.dueOn)}.` });
  if (check.respondedAt) blocks.push({ kind: "paragraph", text: check.confirmedAccurate ? `On ${day(check.respondedAt)} the organisation said it found no factual errors.` : `The organisation replied on ${day(check.respondedAt)}.` });
  else if (check.over) blocks.push({ kind: "paragraph", text: "The organisation did not reply by the last day." });
  else blocks.push({ kind: "paragraph", text: "The organisation has not replied yet." });
  check.points.forEach((point, i) => {
    blocks.push({ kind: "heading", level: 3, text: `Point ${i + 1}${point.statementNumber ? `, statement ${point.statementNumber}` : ""}` });
    blocks.push({ kind: "paragraph", text: `What is wrong: ${point.whatIsWrong}` });
    blocks.push({ kind: "paragraph", text: `Evidence: ${point.evidence}` });
    blocks.push({ kind: "paragraph", text: point.response.trim() ? `Response: ${point.response}` : "No response yet.", muted: !point.response.trim() });
  });
  return blocks;
}

function decisionBlocks(decision: ModeratedReport["decision"]): Block[] {
  const heading: Block = { kind: "heading", level: 2, text: "Award decision" };
  switch (decision.kind) {
    case "AWARD":
      return [
        heading,
        { kind: "paragraph", text: `${levelText(decision.level)} awarded on ${formatIsoDate(decision.issuedOn)}, valid until ${formatIsoDate(decision.expiresOn)}.`, bold: true },
        ...decision.conditions.map((c): Block => ({ kind: "bullet", text: `Condition, by ${formatIsoDate(c.dueOn)}: ${c.description}` })),
      ];
    case "NO_AWARD":
      return [heading, { kind: "paragraph", text: `No award was made (decided on ${formatIsoDate(decision.decidedOn)}).`, bold: true }, { kind: "paragraph", text: decision.reason }];
    case "NONE":
      return [heading, { kind: "paragraph", text: "No decision has been made yet." }];
  }
}

/** `howLevelsWorkUrl` is absolute: a printed page cannot follow a relative link. */
export function reportBlocks({ organisationName, report, check, decision }: ModeratedReport, howLevelsWorkUrl: string): Block[] {
  const results = new Map(report.result.statements.map((s) => [s.number, s]));
  const team = report.assessors.map((a) => (a.isLead ? `${a.name} (lead)` : a.name)).join(" and ");
  return [
    { kind: "heading", level: 1, text: `Assessment report: ${organisationName}` },
    { kind: "paragraph", text: `Visit on ${formatIsoDate(report.visitDate)} by ${team || "the assessors"}. Report submitted on ${day(report.submittedAt)}.` },
    { kind: "paragraph", text: `Verified level: ${levelText(report.verifiedLevel)}`, bold: true, size: 13 },
    { kind: "paragraph", text: report.result.summary },
    { kind: "paragraph", text: `Evidence counted from ${formatIsoDate(report.result.evidenceWindow.from)} to ${formatIsoDate(report.result.evidenceWindow.to)}. How levels are worked out: ${howLevelsWorkUrl}`, muted: true },
    ...report.statements.flatMap((s) => statementBlocks(s, results.get(s.number))),
    ...checkBlocks(check),
    ...decisionBlocks(decision),
  ];
}
