import { describe, expect, it } from "vitest";
import { describeChanges, formatSize } from "@/lib/evidence/describe-history";
import { createdChanges, deletedChanges, linkChanges, snapshotOf, updatedChanges, type EvidenceSnapshot } from "@/lib/evidence/history-changes";
import { isRestorable, restorableUntil } from "@/lib/evidence/retention";

const item: EvidenceSnapshot = snapshotOf({
  kind: "FILE",
  title: "Peer panel minutes",
  description: null,
  evidenceDate: new Date("2026-03-12T00:00:00Z"),
  type: "MEETING_MINUTES",
  source: "PEOPLE_WHO_USE_SERVICE",
  consentGiven: false,
  consentNote: null,
  url: null,
  body: null,
  file: { filename: "minutes.pdf", size: 2048, sha256: "a".repeat(64) },
});

describe("evidence history", () => {
  it("records only what changed, and describes it in words", () => {
    const changes = updatedChanges(item, { ...item, title: "Peer panel minutes, March", evidenceDate: "2026-03-13", type: "OTHER" });
    expect(changes).toEqual({
      before: { title: "Peer panel minutes", evidenceDate: "2026-03-12", type: "MEETING_MINUTES" },
      after: { title: "Peer panel minutes, March", evidenceDate: "2026-03-13", type: "OTHER" },
    });
    expect(describeChanges("UPDATED", changes)).toEqual([
      "Title: from ‘Peer panel minutes’ to ‘Peer panel minutes, March’",
      "Date: from ‘12 March 2026’ to ‘13 March 2026’",
      "Type: from ‘Meeting minutes’ to ‘Other’",
    ]);
    expect(updatedChanges(item, { ...item })).toBeNull();
  });

  it("names a replaced file by its name and size, never its bytes", () => {
    const changes = updatedChanges(item, { ...item, file: { filename: "minutes-v2.pdf", size: 3 * 1024 * 1024, sha256: "b".repeat(64) } });
    expect(describeChanges("UPDATED", changes)).toEqual(["File: from ‘minutes.pdf (2 KB)’ to ‘minutes-v2.pdf (3.0 MB)’"]);
  });

  it("describes the other kinds of change", () => {
    expect(describeChanges("CREATED", createdChanges(item))).toEqual(["Added as a file: Peer panel minutes"]);
    expect(describeChanges("DELETED", deletedChanges(new Date()))).toEqual(["Deleted"]);
    expect(describeChanges("LINKED", linkChanges({ id: "c1", code: "1.1.c" }))).toEqual(["Linked to criterion 1.1.c"]);
    expect(describeChanges("UNLINKED", linkChanges({ id: "c1", code: "1.1.c" }))).toEqual(["No longer linked to criterion 1.1.c"]);
    expect(describeChanges("UPDATED", "garbage")).toEqual(["Changed"]);
  });

  it("shortens long text and sizes", () => {
    const [line] = describeChanges("UPDATED", { before: { body: "a" }, after: { body: "b".repeat(500) } });
    expect(line?.length).toBeLessThan(220);
    expect(formatSize(500)).toBe("500 bytes");
  });
});

describe("the 30-day undo", () => {
  it("can be undone up to exactly 30 days after deletion", () => {
    const deletedAt = new Date("2026-10-01T12:00:00Z");
    expect(restorableUntil(deletedAt)).toEqual(new Date("2026-10-31T12:00:00Z"));
    expect(isRestorable(deletedAt, new Date("2026-10-31T12:00:00Z"))).toBe(true);
    expect(isRestorable(deletedAt, new Date("2026-10-31T12:00:01Z"))).toBe(false);
  });
});
