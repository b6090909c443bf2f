import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getCurrentFramework, getFrameworkByVersion } from "@/lib/standard/get-framework";
import { draftNewVersion, listFrameworkVersions, publishVersion } from "@/lib/standard/manage-versions";
import { addDraftCriterion, removeDraftCriterion, updateDraftCriterion, updateDraftStatement } from "@/lib/standard/edit-draft";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();

const wording = { text: "Clearer wording.", easyRead: "Easy words.", guidance: "What good looks like.", evidenceExamples: "Minutes of the members' forum\nFeedback from people who use the service" };

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("versions of the standard", () => {
  it("starts with version 1 published, with six statements and criteria at every level", async () => {
    const current = await getCurrentFramework();
    expect(current?.version).toBe(1);
    expect(current?.statements).toHaveLength(6);
    expect(current?.statements.every((s) => [1, 2, 3].every((l) => s.criteria.some((c) => c.level === l)))).toBe(true);
  });

  it("refuses every change to a published version", async () => {
    const admin = await app.actorFor("scheme.admin@demo.test");
    expect((await failure(updateDraftCriterion(admin, 1, "1.1.a", wording))).kind).toBe("CONFLICT");
    expect((await failure(removeDraftCriterion(admin, 1, "1.1.a"))).kind).toBe("CONFLICT");
    expect((await failure(addDraftCriterion(admin, 1, { statementNumber: 1, level: 1 }))).kind).toBe("CONFLICT");
    expect((await getFrameworkByVersion(1))?.statements[0]?.criteria[0]?.text).not.toBe("Clearer wording.");
  });

  it("lets only a scheme admin draft a version", async () => {
    for (const email of ["admin@elm-house.demo.test", "assessor.one@demo.test", "commissioner@demo.test"]) {
      expect((await failure(draftNewVersion(await app.actorFor(email)))).kind).toBe("FORBIDDEN");
    }
  });

  it("drafts a copy, edits it, and publishes it without touching version 1", async () => {
    const admin = await app.actorFor("scheme.admin@demo.test");
    const version = await draftNewVersion(admin);
    expect(version).toBe(2);
    expect((await failure(draftNewVersion(admin))).message).toMatch(/already being drafted/);

    await updateDraftCriterion(admin, 2, "1.1.a", wording);
    await updateDraftStatement(admin, 2, 3, { explanation: "A new explanation.", easyRead: "New easy read." });
    const draft = await getFrameworkByVersion(2);
    expect(draft?.statements[0]?.criteria.find((c) => c.code === "1.1.a")?.evidenceExamples).toEqual(["Minutes of the members' forum", "Feedback from people who use the service"]);
    expect((await getFrameworkByVersion(1))?.statements[0]?.criteria.find((c) => c.code === "1.1.a")?.text).not.toBe("Clearer wording.");
    expect((await getCurrentFramework())?.version).toBe(1);

    await publishVersion(admin, 2);
    expect((await getCurrentFramework())?.version).toBe(2);
    expect((await listFrameworkVersions(admin)).map((v) => [v.version, v.status, v.basedOnVersion])).toEqual([
      [2, "PUBLISHED", 1],
      [1, "PUBLISHED", null],
    ]);
  });

  it("refuses to publish a draft with a level that has too few or too many criteria", async () => {
    const admin = await app.actorFor("scheme.admin@demo.test");
    const version = await draftNewVersion(admin);
    const level1 = (await getFrameworkByVersion(version))?.statements[1]?.criteria.filter((c) => c.level === 1) ?? [];
    for (const c of level1.slice(1)) await removeDraftCriterion(admin, version, c.code);
    const error = await failure(publishVersion(admin, version));
    expect(error.fieldErrors.publish?.[0]).toMatch(/Statement 2, level 1 has 1 criteria; it needs 2 to 4/);

    const added = await addDraftCriterion(admin, version, { statementNumber: 2, level: 1 });
    expect(added).toMatch(/^2\.1\.[a-z]$/);
    expect(level1.map((c) => c.code)).not.toContain(added);
    await publishVersion(admin, version);
    expect((await getCurrentFramework())?.version).toBe(version);
  });

  it("rejects criterion wording that is empty, with a message per field", async () => {
    const admin = await app.actorFor("scheme.admin@demo.test");
    const version = await draftNewVersion(admin);
    const error = await failure(updateDraftCriterion(admin, version, "1.1.a", { text: " ", easyRead: "", guidance: "ok", evidenceExamples: "\n\n" }));
    expect(error.fieldErrors.text?.[0]).toBe("Enter the criterion");
    expect(error.fieldErrors.easyRead?.[0]).toBe("Enter the easy-read version");
    expect(error.fieldErrors.evidenceExamples?.[0]).toMatch(/at least one example/);
  });
});
