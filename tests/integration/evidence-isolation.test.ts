// Tenant isolation for evidence: nobody outside an organisation can list, read, download, link,
// unlink, change, delete, restore or see the history of its evidence, by id or crafted input.
// Every attempt is "not found", exactly as if the evidence did not exist.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { createEvidence } from "@/lib/evidence/create-evidence";
import { deleteEvidence } from "@/lib/evidence/delete-evidence";
import { getEvidence } from "@/lib/evidence/get-evidence";
import { getEvidenceHistory } from "@/lib/evidence/get-evidence-history";
import { linkEvidence, listLinkableEvidence, unlinkEvidence } from "@/lib/evidence/links";
import { listDeletedEvidence } from "@/lib/evidence/list-deleted-evidence";
import { listEvidence } from "@/lib/evidence/list-evidence";
import { readEvidenceFile } from "@/lib/evidence/read-evidence-file";
import { restoreEvidence } from "@/lib/evidence/restore-evidence";
import { updateEvidence } from "@/lib/evidence/update-evidence";
import { accountInput, criterionIds, expectKind, fileInput, PDF_BYTES, upload } from "./evidence-fixtures";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const TARGET = "elm-house";
let live = "";
let deleted = "";
let criterion = "";
let targetCount = 0;

beforeAll(async () => {
  const owner = await app.actorFor(`admin@${TARGET}.demo.test`);
  [criterion = ""] = await criterionIds(app.prisma, "6.1.a");
  live = (await createEvidence(owner, TARGET, fileInput({ criterionIds: [criterion] }), upload("policy.pdf", PDF_BYTES))).id;
  deleted = (await createEvidence(owner, TARGET, accountInput(), null)).id;
  await deleteEvidence(owner, TARGET, deleted);
  targetCount = await app.prisma.evidenceItem.count({ where: { organisation: { slug: TARGET } } });
});

/** Every evidence function, aimed at the target's evidence through `slug` (theirs or the actor's own). */
function attempts(actor: Actor, slug: string): Array<[string, () => Promise<unknown>]> {
  return [
    ["listEvidence", () => listEvidence(actor, slug)],
    ["listDeletedEvidence", () => listDeletedEvidence(actor, slug)],
    ["listLinkableEvidence", () => listLinkableEvidence(actor, slug)],
    ["getEvidence", () => getEvidence(actor, slug, live)],
    ["getEvidenceHistory", () => getEvidenceHistory(actor, slug, live)],
    ["readEvidenceFile", () => readEvidenceFile(actor, slug, live)],
    ["createEvidence", () => createEvidence(actor, slug, accountInput(), null)],
    ["updateEvidence", () => updateEvidence(actor, slug, live, 1, accountInput({ kind: "FILE", title: "Hijacked" }), null)],
    ["deleteEvidence", () => deleteEvidence(actor, slug, live)],
    ["restoreEvidence", () => restoreEvidence(actor, slug, deleted)],
    ["linkEvidence", () => linkEvidence(actor, slug, live, criterion)],
    ["unlinkEvidence", () => unlinkEvidence(actor, slug, live, criterion)],
  ];
}

const CHANGES = ["createEvidence", "updateEvidence", "deleteEvidence", "restoreEvidence", "linkEvidence", "unlinkEvidence"];

/** The same functions with the actor's own organisation but the target's ids (crafted form posts). */
const crafted = (actor: Actor, own: string) => attempts(actor, own).filter(([name]) => !name.startsWith("list") && name !== "createEvidence");

async function expectUntouched() {
  const item = await app.prisma.evidenceItem.findUniqueOrThrow({ where: { id: live }, include: { links: true, history: true } });
  expect(item).toMatchObject({ title: "Peer panel minutes", version: 1, deletedAt: null });
  expect(item.links).toHaveLength(1);
  expect(item.history).toHaveLength(2);
  expect((await app.prisma.evidenceItem.findUniqueOrThrow({ where: { id: deleted } })).deletedAt).not.toBeNull();
  expect(await app.prisma.evidenceItem.count({ where: { organisation: { slug: TARGET } } })).toBe(targetCount);
}

describe.each(["northside-mind", "harbour-recovery"])("people of %s", (own) => {
  it.each(["admin", "member"])("as %s, get not found for everything of Elm House's evidence", async (role) => {
    const actor = await app.actorFor(`${role}@${own}.demo.test`);
    for (const [name, attempt] of [...attempts(actor, TARGET), ...crafted(actor, own)]) {
      await expectKind(attempt(), "NOT_FOUND").catch((error: unknown) => {
        throw new Error(`${name} did not answer "not found": ${String(error)}`);
      });
    }
    await expectUntouched();
  });
});

describe.each(["commissioner@demo.test", "assessor.one@demo.test"])("%s", (email) => {
  it.each(["elm-house", "northside-mind", "harbour-recovery"])("cannot reach any evidence of %s", async (slug) => {
    const actor = await app.actorFor(email);
    for (const [name, attempt] of attempts(actor, slug)) {
      await expectKind(attempt(), "NOT_FOUND").catch((error: unknown) => {
        throw new Error(`${name} did not answer "not found": ${String(error)}`);
      });
    }
    await expectUntouched();
  });
});

describe("the scheme team and the organisation's own people", () => {
  it("lets a scheme admin read a provider's evidence but not change it", async () => {
    const admin = await app.actorFor("scheme.admin@demo.test");
    expect((await listEvidence(admin, TARGET)).items.map((i) => i.id)).toContain(live);
    expect((await readEvidenceFile(admin, TARGET, live)).mimeType).toBe("application/pdf");
    for (const [name, attempt] of attempts(admin, TARGET).filter(([n]) => CHANGES.includes(n))) {
      await expectKind(attempt(), "NOT_FOUND").catch((error: unknown) => {
        throw new Error(`${name} did not answer "not found": ${String(error)}`);
      });
    }
    await expectUntouched();
  });

  it("lets a member of the organisation read its evidence and download its file", async () => {
    const member = await app.actorFor(`member@${TARGET}.demo.test`);
    expect((await getEvidence(member, TARGET, live)).criteria.map((c) => c.code)).toEqual(["6.1.a"]);
    expect(Buffer.from((await readEvidenceFile(member, TARGET, live)).bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
  });
});
