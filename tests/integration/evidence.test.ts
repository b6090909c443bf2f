// Adding, changing, deleting and restoring evidence, with its history, through the services.
import { describe, expect, it } from "vitest";
import { createEvidence } from "@/lib/evidence/create-evidence";
import { deleteEvidence } from "@/lib/evidence/delete-evidence";
import { getEvidence } from "@/lib/evidence/get-evidence";
import { getEvidenceHistory } from "@/lib/evidence/get-evidence-history";
import { listDeletedEvidence } from "@/lib/evidence/list-deleted-evidence";
import { listEvidence } from "@/lib/evidence/list-evidence";
import { listLinkableEvidence } from "@/lib/evidence/links";
import { restoreEvidence } from "@/lib/evidence/restore-evidence";
import { updateEvidence } from "@/lib/evidence/update-evidence";
import { accountInput, criterionIds, evidenceCounts, expectKind, failure } from "./evidence-fixtures";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const ORG = "northside-mind";
const DAY = 24 * 60 * 60 * 1000;

describe("evidence items", () => {
  it("adds a written account linked to criteria, with its history", async () => {
    const member = await app.actorFor(`member@${ORG}.demo.test`);
    const [a, b] = await criterionIds(app.prisma, "1.1.c", "5.1.a");
    const { id } = await createEvidence(member, ORG, accountInput({ criterionIds: [a, b] }), null);

    const item = await getEvidence(member, ORG, id);
    expect(item).toMatchObject({ kind: "ACCOUNT", title: "What members said at the open day", evidenceDate: "2026-06-14", version: 1, createdBy: "Liam Walsh", deletedAt: null });
    expect(item.criteria.map((c) => c.code)).toEqual(["1.1.c", "5.1.a"]);
    const { items } = await listEvidence(member, ORG);
    expect(items.find((i) => i.id === id)?.criteriaCount).toBe(2);

    const history = await getEvidenceHistory(member, ORG, id);
    expect(history.entries.map((e) => e.change).sort()).toEqual(["CREATED", "LINKED", "LINKED"]);
    expect(history.entries.every((e) => e.by === "Liam Walsh")).toBe(true);
  });

  it("refuses a story about a named person without their consent, and saves nothing", async () => {
    const admin = await app.actorFor(`admin@${ORG}.demo.test`);
    const before = await evidenceCounts(app.prisma);
    const error = await failure(createEvidence(admin, ORG, accountInput({ type: "STORY", aboutNamedPerson: "yes" }), null));
    expect(error.kind).toBe("INVALID");
    expect(error.fieldErrors.consentGiven?.[0]).toMatch(/Confirm that the person agreed/);
    expect(await evidenceCounts(app.prisma)).toEqual(before);

    const { id } = await createEvidence(admin, ORG, accountInput({ type: "STORY", aboutNamedPerson: "yes", consentGiven: "yes", consentNote: "Signed form in her file" }), null);
    expect(await getEvidence(admin, ORG, id)).toMatchObject({ consentGiven: true, consentNote: "Signed form in her file" });
  });

  it("changes an item, recording only what changed, and sets its criteria", async () => {
    const admin = await app.actorFor(`admin@${ORG}.demo.test`);
    const [a, b, c] = await criterionIds(app.prisma, "1.1.a", "1.1.b", "1.1.c");
    const { id } = await createEvidence(admin, ORG, accountInput({ criterionIds: [a, b] }), null);
    // The kind in a crafted post is ignored: an account stays an account.
    await updateEvidence(admin, ORG, id, 1, accountInput({ kind: "LINK", title: "Open day feedback", criterionIds: [b, c] }), null);

    const item = await getEvidence(admin, ORG, id);
    expect(item).toMatchObject({ kind: "ACCOUNT", title: "Open day feedback", version: 2 });
    expect(item.criteria.map((x) => x.code)).toEqual(["1.1.b", "1.1.c"]);
    const entries = (await getEvidenceHistory(admin, ORG, id)).entries;
    expect(entries.map((e) => e.change).sort()).toEqual(["CREATED", "LINKED", "LINKED", "LINKED", "UNLINKED", "UPDATED"]);
    expect(entries.find((e) => e.change === "UPDATED")?.lines).toEqual(["Title: from ‘What members said at the open day’ to ‘Open day feedback’"]);
    expect(entries.find((e) => e.change === "UNLINKED")?.lines).toEqual(["No longer linked to criterion 1.1.a"]);
  });

  it("refuses a save from a form opened before someone else saved, and keeps their change", async () => {
    const admin = await app.actorFor(`admin@${ORG}.demo.test`);
    const member = await app.actorFor(`member@${ORG}.demo.test`);
    const { id } = await createEvidence(admin, ORG, accountInput(), null);
    await updateEvidence(member, ORG, id, 1, accountInput({ title: "Member's title" }), null);
    const error = await failure(updateEvidence(admin, ORG, id, 1, accountInput({ title: "Admin's title" }), null));
    expect(error.kind).toBe("CONFLICT");
    expect(error.message).toMatch(/Someone else changed this evidence/);
    expect(error.fieldErrors.version).toBeDefined();
    expect(await getEvidence(admin, ORG, id)).toMatchObject({ title: "Member's title", version: 2 });
    await expectKind(updateEvidence(admin, ORG, id, "not a number", accountInput(), null), "INVALID");
  });

  it("deletes softly: out of the library and linking, links kept, and undone with Undo", async () => {
    const member = await app.actorFor(`member@${ORG}.demo.test`);
    const [a] = await criterionIds(app.prisma, "2.1.c");
    const { id } = await createEvidence(member, ORG, accountInput({ criterionIds: [a] }), null);
    await deleteEvidence(member, ORG, id);

    expect((await listEvidence(member, ORG)).items.map((i) => i.id)).not.toContain(id);
    expect((await listLinkableEvidence(member, ORG)).map((i) => i.id)).not.toContain(id);
    expect((await listDeletedEvidence(member, ORG)).map((i) => i.id)).toContain(id);
    expect(await app.prisma.evidenceLink.count({ where: { evidenceId: id } })).toBe(1);
    expect((await getEvidence(member, ORG, id)).canRestore).toBe(true);
    await expectKind(updateEvidence(member, ORG, id, 2, accountInput(), null), "NOT_FOUND");
    await expectKind(deleteEvidence(member, ORG, id), "NOT_FOUND");

    await restoreEvidence(member, ORG, id);
    expect((await listEvidence(member, ORG)).items.find((i) => i.id === id)?.criteriaCount).toBe(1);
    expect((await getEvidenceHistory(member, ORG, id)).entries.map((e) => e.change).slice(0, 2)).toEqual(["RESTORED", "DELETED"]);
    await expectKind(restoreEvidence(member, ORG, id), "NOT_FOUND");
  });

  it("can be restored up to 30 days after deletion, and not a moment later", async () => {
    const admin = await app.actorFor(`admin@${ORG}.demo.test`);
    const deletedAt = new Date("2026-10-01T09:00:00Z");
    const early = await createEvidence(admin, ORG, accountInput({ title: "Restored on day 30" }), null);
    const late = await createEvidence(admin, ORG, accountInput({ title: "Too late" }), null);
    await deleteEvidence(admin, ORG, early.id, deletedAt);
    await deleteEvidence(admin, ORG, late.id, deletedAt);

    const lastMoment = new Date(deletedAt.getTime() + 30 * DAY);
    expect((await listDeletedEvidence(admin, ORG, lastMoment)).map((i) => i.title)).toEqual(expect.arrayContaining(["Restored on day 30", "Too late"]));
    await restoreEvidence(admin, ORG, early.id, lastMoment);

    const tooLate = new Date(lastMoment.getTime() + 1);
    expect((await listDeletedEvidence(admin, ORG, tooLate)).map((i) => i.id)).not.toContain(late.id);
    const error = await failure(restoreEvidence(admin, ORG, late.id, tooLate));
    expect(error.kind).toBe("CONFLICT");
    expect(error.message).toMatch(/more than 30 days ago/);
    expect((await getEvidence(admin, ORG, late.id)).deletedAt).toEqual(deletedAt);
  });
});
