// The demo evidence loads into the demo world and reads back through the services like any other.
import { beforeAll, describe, expect, it } from "vitest";
import { getEvidenceHistory } from "@/lib/evidence/get-evidence-history";
import { listEvidence } from "@/lib/evidence/list-evidence";
import { listLinkableEvidence } from "@/lib/evidence/links";
import { readEvidenceFile } from "@/lib/evidence/read-evidence-file";
import { seedDemoEvidence } from "@/lib/seed/demo-evidence";
import { DEMO_EVIDENCE } from "@/lib/seed/demo-evidence-content";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();

beforeAll(async () => {
  // Once the demo seed calls seedDemoEvidence itself, there is nothing to add here.
  if ((await app.prisma.evidenceItem.count()) > 0) return;
  const prisma = app.prisma;
  const [organisations, users, criteria] = await Promise.all([
    prisma.organisation.findMany({ select: { id: true, slug: true } }),
    prisma.user.findMany({ select: { id: true, email: true } }),
    prisma.criterion.findMany({ where: { statement: { frameworkVersion: { version: 1 } } }, select: { id: true, code: true } }),
  ]);
  await prisma.$transaction((tx) =>
    seedDemoEvidence(tx, {
      organisations: new Map(organisations.map((o) => [o.slug, o.id])),
      users: new Map(users.map((u) => [u.email, u.id])),
      criteria: new Map(criteria.map((c) => [c.code, c.id])),
    }),
  );
});

describe("the demo evidence", () => {
  it.each(["northside-mind", "harbour-recovery", "elm-house"])("fills %s's library", async (slug) => {
    const member = await app.actorFor(`member@${slug}.demo.test`);
    const { items, total } = await listEvidence(member, slug);
    expect(total).toBe(DEMO_EVIDENCE.filter((e) => e.organisation === slug).length);
    for (const item of items.filter((i) => i.kind === "FILE")) {
      const file = await readEvidenceFile(member, slug, item.id);
      expect(file.bytes.byteLength).toBeGreaterThan(0);
    }
    const linkable = await listLinkableEvidence(member, slug);
    expect(linkable.some((e) => e.criterionIds.length > 0)).toBe(true);
  });

  it("records who added each item, with its links, in the history", async () => {
    const admin = await app.actorFor("admin@northside-mind.demo.test");
    const { items } = await listEvidence(admin, "northside-mind");
    const minutes = items.find((i) => i.title === "Peer panel minutes, March 2026");
    const linked = DEMO_EVIDENCE.find((e) => e.title === "Peer panel minutes, March 2026")?.criteria.length ?? 0;
    expect(linked).toBeGreaterThan(1);
    expect(minutes?.criteriaCount).toBe(linked);
    const history = await getEvidenceHistory(admin, "northside-mind", minutes!.id);
    expect(history.entries.map((e) => e.change).sort()).toEqual(["CREATED", ...Array<string>(linked).fill("LINKED")]);
    expect(history.entries.every((e) => e.by === "Grace Adeyemi")).toBe(true);
  });
});
