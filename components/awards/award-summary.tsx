import type { AwardView } from "@/lib/awards/award-view";
import { formatIsoDate } from "@/lib/dates";
import { levelLabel } from "@/components/scoring/statement-result-table";
import { SummaryList } from "@/components/ui/summary-list";
import { StandingTag } from "@/components/awards/standing-tag";

/** The award's facts: level, standing, dates and the code printed on the certificate. */
export function AwardSummary({ award }: { award: AwardView }) {
  const changed = award.level !== award.issuedLevel;
  const rows = [
    { key: "Level", value: changed ? `${levelLabel(award.level)} (issued at level ${award.issuedLevel})` : levelLabel(award.level) },
    { key: "Standing", value: <StandingTag standing={award.standing} /> },
    { key: "Issued", value: formatIsoDate(award.issuedOn) },
    { key: "Expires", value: `${formatIsoDate(award.expiresOn)} (the last day it is valid)` },
    { key: "Verification code", value: <span className="font-mono text-lg">{award.verificationCode}</span> },
    { key: "Standard", value: `${award.snapshot.framework.title} (version ${award.snapshot.framework.version})` },
  ];
  if ((award.status === "SUSPENDED" || award.status === "REVOKED") && award.statusReason) {
    rows.push({ key: award.status === "SUSPENDED" ? "Why it is suspended" : "Why it was revoked", value: award.statusReason });
  }
  return <SummaryList rows={rows} />;
}
