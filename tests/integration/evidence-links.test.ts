// Linking evidence to criteria, as the self-assessment page does.
import { describe, expect, it } from "vitest";
import { createEvidence } from "@/lib/evidence/create-evidence";
import { deleteEvidence } from "@/lib/evidence/delete-evidence";
import { getEvidenceHistory } from "@/lib/evidence/get-evidence-history";
import { linkEvidence, listLinkableEvidence, unlinkEvidence } from "@/lib/evidence/links";
import { updateEvidence } from "@/lib/evidence/update-evidence";
import { draftNewVersion } from "@/lib/standard/manage-versions";
import { accountInput, criterionIds, expectKind, failure } from "./evidence-fixtures";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const ORG = "elm-house";

describe("linking evidence to criteria", () => {
  it("links once however often it is asked, and unlinks the same way, with history", async () => {
    const member = await app.actorFor(`member@${ORG}.demo.test`);
    const { id } = await createEvidence(member, ORG, accountInput(), null);
    const [criterion] = await criterionIds(app.prisma, "3.1.a");
    await linkEvidence(member, ORG, id, criterion!);
    await linkEvidence(member, ORG, id, criterion!);
    expect((await listLinkableEvidence(member, ORG)).find((e) => e.id === id)).toEqual({
      id, title: "What members said at the open day", evidenceDate: "2026-06-14", type: "SERVICE_USER_FEEDBACK", source: "PEOPLE_WHO_USE_SERVICE", kind: "ACCOUNT", criterionIds: [criterion],
    });
    await unlinkEvidence(member, ORG, id, criterion!);
    await unlinkEvidence(member, ORG, id, criterion!);
    expect((await listLinkableEvidence(member, ORG)).find((e) => e.id === id)?.criterionIds).toEqual([]);
    const changes = (await getEvidenceHistory(member, ORG, id)).entries.map((e) => e.change);
    expect(changes).toEqual(["UNLINKED", "LINKED", "CREATED"]);
  });

  it("makes an edit form opened before a link stale, so the edit cannot undo the link", async () => {
    const admin = await app.actorFor(`admin@${ORG}.demo.test`);
    const { id } = await createEvidence(admin, ORG, accountInput(), null);
    const [criterion] = await criterionIds(app.prisma, "3.1.b");
    await linkEvidence(admin, ORG, id, criterion!);
    await expectKind(updateEvidence(admin, ORG, id, 1, accountInput(), null), "CONFLICT");
  });

  it("refuses criteria of a draft version, unknown criteria and deleted evidence as not found", async () => {
    const admin = await app.actorFor(`admin@${ORG}.demo.test`);
    const { id } = await createEvidence(admin, ORG, accountInput(), null);
    const draft = await draftNewVersion(await app.actorFor("scheme.admin@demo.test"));
    const draftCriterion = await app.prisma.criterion.findFirstOrThrow({ where: { code: "1.1.a", statement: { frameworkVersion: { version: draft } } } });

    await expectKind(linkEvidence(admin, ORG, id, draftCriterion.id), "NOT_FOUND");
    await expectKind(linkEvidence(admin, ORG, id, "no-such-criterion"), "NOT_FOUND");
    await expectKind(unlinkEvidence(admin, ORG, id, "no-such-criterion"), "NOT_FOUND");
    await expectKind(createEvidence(admin, ORG, accountInput({ criterionIds: [draftCriterion.id] }), null), "NOT_FOUND");
    expect((await failure(updateEvidence(admin, ORG, id, 1, accountInput({ criterionIds: [draftCriterion.id] }), null))).kind).toBe("NOT_FOUND");
    expect(await app.prisma.evidenceLink.count({ where: { evidenceId: id } })).toBe(0);

    const [criterion] = await criterionIds(app.prisma, "6.1.a");
    await linkEvidence(admin, ORG, id, criterion!);
    await deleteEvidence(admin, ORG, id);
    await expectKind(linkEvidence(admin, ORG, id, criterion!), "NOT_FOUND");
    await expectKind(unlinkEvidence(admin, ORG, id, criterion!), "NOT_FOUND");
    // The deleted item's link stays in the database, so an undo brings it back.
    expect(await app.prisma.evidenceLink.count({ where: { evidenceId: id } })).toBe(1);
    expect((await listLinkableEvidence(admin, ORG)).map((e) => e.id)).not.toContain(id);
  });
});
